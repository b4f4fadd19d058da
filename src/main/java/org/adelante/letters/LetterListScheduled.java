package org.adelante.letters;

import java.time.Instant;

/**
 * The names on a letter's list were given a new time to become public, such as the time a
 * press release announcing the letter goes out.
 *
 * @param letterId the letter
 * @param title its title
 * @param listPublicAt when its names become public
 * @param actor who did it
 * @param occurredAt when
 */
public record LetterListScheduled(long letterId, String title, Instant listPublicAt, String actor,
		Instant occurredAt) implements LetterEvent {

	@Override
	public String action() {
		return "letter.listScheduled";
	}

	@Override
	public String summary() {
		return this.title + " @ " + this.listPublicAt;
	}

}
