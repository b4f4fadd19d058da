package org.adelante.letters;

import java.time.Instant;

/**
 * What another page (a post that features the letter) shows of a public letter: its title
 * and an excerpt in one language, its live count, and where to read it and its signers.
 *
 * @param letterId the letter
 * @param title its title in the language
 * @param language the language of its title and excerpt
 * @param excerpt the start of its text
 * @param url its public address
 * @param status its status now
 * @param organizations how its count of organisations is worded, or {@code null} when
 * organisations do not sign it
 * @param individuals how its count of people is worded, or {@code null} when people do
 * not sign it
 * @param lastChange when anything shown here last changed
 */
public record LetterFeature(long letterId, String title, String language, String excerpt, String url,
		LetterStatus status, SignatureCount organizations, SignatureCount individuals, Instant lastChange) {

	/** The longest excerpt a feature shows. */
	public static final int EXCERPT_MAX = 280;

	/** Where the letter's page lists its signers. */
	public String signatoriesUrl() {
		return this.url + "#signatories-title";
	}

	/** Whether it takes signatures now. */
	public boolean isOpen() {
		return this.status == LetterStatus.OPEN;
	}

}
