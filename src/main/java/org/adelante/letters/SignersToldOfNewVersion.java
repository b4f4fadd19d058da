package org.adelante.letters;

import java.time.Instant;

/**
 * Staff emailed the signers of earlier versions of a letter's text that it changed.
 *
 * @param letterId the letter
 * @param title its title
 * @param version the version they were told of
 * @param signers how many were emailed
 * @param actor who sent it
 * @param occurredAt when
 */
public record SignersToldOfNewVersion(long letterId, String title, TextVersion version, int signers, String actor,
		Instant occurredAt) implements LetterEvent {

	@Override
	public String action() {
		return "letter.text.signersTold";
	}

	@Override
	public String summary() {
		return this.title + " (v" + this.version.number() + ", " + this.signers + ")";
	}

}
