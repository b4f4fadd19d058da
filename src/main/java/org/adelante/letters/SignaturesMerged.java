package org.adelante.letters;

import java.time.Instant;

/**
 * Two signatures of a letter turned out to be one organisation's: the registry merged the
 * organisations, and the letter keeps one signature with the people who confirmed either,
 * counted once.
 *
 * @param letterId the letter
 * @param signatureId the signature that stays
 * @param name its name as listed
 * @param mergedName the name the other signature was listed under
 * @param actor who did it
 * @param occurredAt when
 */
public record SignaturesMerged(long letterId, long signatureId, String name, String mergedName, String actor,
		Instant occurredAt) implements SignatureEvent {

	@Override
	public String action() {
		return "signature.merged";
	}

	@Override
	public String summary() {
		return this.name + " ← " + this.mergedName;
	}

}
