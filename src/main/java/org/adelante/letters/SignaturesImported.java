package org.adelante.letters;

import java.time.Instant;

/**
 * Staff imported signers from a file into a letter, in one transaction.
 *
 * @param letterId the letter
 * @param title its title
 * @param imported how many signatures were stored
 * @param skipped how many rows with problems staff chose to leave out
 * @param emailed whether each signer was emailed that their signature is recorded
 * @param fileName the file's name as uploaded, or {@code null}
 * @param actor who imported them
 * @param occurredAt when
 */
public record SignaturesImported(long letterId, String title, int imported, int skipped, boolean emailed,
		String fileName, String actor, Instant occurredAt) implements LetterEvent {

	@Override
	public String action() {
		return "signatures.imported";
	}

	@Override
	public String summary() {
		return title + ": " + imported + " imported, " + skipped + " skipped" + (emailed ? ", emailed" : "")
				+ ((fileName != null) ? " (" + fileName + ")" : "");
	}

}
