package org.adelante.letters;

import java.time.Instant;

/**
 * A signer withdrew their signature through the link in their email; the list shows it as
 * withdrawn.
 *
 * @param letterId the letter
 * @param signatureId the signature
 * @param name the organisation's or person's name as listed
 * @param actor who did it
 * @param occurredAt when
 */
public record SignatureWithdrawn(long letterId, long signatureId, String name, String actor,
		Instant occurredAt) implements SignatureEvent {

	@Override
	public String action() {
		return "signature.withdrawn";
	}

}
