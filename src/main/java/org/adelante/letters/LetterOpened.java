package org.adelante.letters;

import java.time.Instant;

/**
 * A letter opened for signatures: by hand, or at its opening time (then by
 * {@code system}).
 *
 * @param letterId the letter
 * @param title its title
 * @param actor who did it
 * @param occurredAt when
 */
public record LetterOpened(long letterId, String title, String actor, Instant occurredAt) implements LetterEvent {

	@Override
	public String action() {
		return "letter.opened";
	}

}
