package org.adelante.letters;

import java.time.Instant;

/**
 * Staff recorded that an organisation or person asked to withdraw their signature; the
 * list shows it as withdrawn on that day.
 *
 * @param letterId the letter
 * @param signatureId the signature
 * @param name the organisation's or person's name as listed
 * @param actor who recorded it
 * @param occurredAt when
 */
public record WithdrawalRecorded(long letterId, long signatureId, String name, String actor,
		Instant occurredAt) implements SignatureEvent {

	@Override
	public String action() {
		return "signature.withdrawalRecorded";
	}

}
