package org.adelante.letters;

import java.time.Instant;

/**
 * Staff corrected the name a signature is listed under on one letter; the registry keeps
 * the organisation's own name.
 *
 * @param letterId the letter
 * @param signatureId the signature
 * @param name the name it is listed under now
 * @param previousName the name it was listed under
 * @param actor who did it
 * @param occurredAt when
 */
public record SignatureRenamed(long letterId, long signatureId, String name, String previousName, String actor,
		Instant occurredAt) implements SignatureEvent {

	@Override
	public String action() {
		return "signature.renamed";
	}

	@Override
	public String summary() {
		return this.previousName + " → " + this.name;
	}

}
