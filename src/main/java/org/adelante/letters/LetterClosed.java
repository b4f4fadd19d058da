package org.adelante.letters;

import java.time.Instant;

/**
 * A letter stopped taking signatures: by hand, or at its closing time (then by
 * {@code system}).
 *
 * @param letterId the letter
 * @param title its title
 * @param actor who did it
 * @param occurredAt when
 */
public record LetterClosed(long letterId, String title, String actor, Instant occurredAt) implements LetterEvent {

	@Override
	public String action() {
		return "letter.closed";
	}

}
