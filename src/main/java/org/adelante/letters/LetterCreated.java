package org.adelante.letters;

import java.time.Instant;

/**
 * An organiser saved a new letter as a draft.
 *
 * @param letterId the letter
 * @param title its title
 * @param actor who did it
 * @param occurredAt when
 */
public record LetterCreated(long letterId, String title, String actor, Instant occurredAt) implements LetterEvent {

	@Override
	public String action() {
		return "letter.created";
	}

}
