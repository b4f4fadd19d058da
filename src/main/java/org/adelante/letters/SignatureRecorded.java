package org.adelante.letters;

import java.time.Instant;

/**
 * Staff recorded a signature gathered outside the site, confirmed without an email.
 *
 * @param letterId the letter
 * @param signatureId the signature it counts for
 * @param name the organisation's or person's name as listed
 * @param actor who recorded it
 * @param occurredAt when
 */
public record SignatureRecorded(long letterId, long signatureId, String name, String actor,
		Instant occurredAt) implements SignatureEvent {

	@Override
	public String action() {
		return "signature.recorded";
	}

}
