package org.adelante.letters;

import java.time.Instant;

/**
 * An organiser changed the text of a letter that people had signed: a new version, or a
 * correction of the one they signed.
 *
 * @param letterId the letter
 * @param title its title
 * @param version the version signers read from now on
 * @param change a new version or a correction
 * @param actor who did it
 * @param occurredAt when
 */
public record LetterTextRevised(long letterId, String title, TextVersion version, TextChange change, String actor,
		Instant occurredAt) implements LetterEvent {

	@Override
	public String action() {
		return (this.change == TextChange.CORRECTION) ? "letter.text.corrected" : "letter.text.newVersion";
	}

	@Override
	public String summary() {
		return this.title + " (v" + this.version.number() + ", " + this.version.shortHash() + ")";
	}

}
