package org.adelante.letters;

import java.time.Instant;

/**
 * Staff rejected a signature: kept, but neither counted nor listed.
 *
 * @param letterId the letter
 * @param signatureId the signature
 * @param name the organisation's or person's name as listed
 * @param actor who did it
 * @param occurredAt when
 */
public record SignatureRejected(long letterId, long signatureId, String name, String actor,
		Instant occurredAt) implements SignatureEvent {

	@Override
	public String action() {
		return "signature.rejected";
	}

}
