package org.adelante.letters;

import java.time.Instant;

/**
 * An organiser delivered a letter to its targets.
 *
 * @param letterId the letter
 * @param title its title
 * @param deliveryId the delivery
 * @param hash the hash of what was delivered
 * @param round which delivery of the letter it was
 * @param recipients how many it was emailed to
 * @param actor who delivered it
 * @param occurredAt when
 */
public record LetterDelivered(long letterId, String title, long deliveryId, String hash, int round, int recipients,
		String actor, Instant occurredAt) implements LetterEvent {

	@Override
	public String action() {
		return "letter.delivered";
	}

	@Override
	public String summary() {
		return this.title + " (" + this.round + ", " + this.hash.substring(0, 12) + ")";
	}

}
