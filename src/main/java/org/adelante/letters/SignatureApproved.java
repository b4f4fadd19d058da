package org.adelante.letters;

import java.time.Instant;

/**
 * Staff approved a signature for a letter's list.
 *
 * @param letterId the letter
 * @param signatureId the signature
 * @param name the organisation's or person's name as listed
 * @param actor who did it
 * @param occurredAt when
 */
public record SignatureApproved(long letterId, long signatureId, String name, String actor,
		Instant occurredAt) implements SignatureEvent {

	@Override
	public String action() {
		return "signature.approved";
	}

}
