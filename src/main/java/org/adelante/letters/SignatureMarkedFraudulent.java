package org.adelante.letters;

import java.time.Instant;

/**
 * Staff found a signature false: it is kept, and neither counted nor listed.
 *
 * @param letterId the letter
 * @param signatureId the signature
 * @param name the organisation's or person's name as listed
 * @param actor who did it
 * @param occurredAt when
 */
public record SignatureMarkedFraudulent(long letterId, long signatureId, String name, String actor,
		Instant occurredAt) implements SignatureEvent {

	@Override
	public String action() {
		return "signature.fraudulent";
	}

}
