package org.adelante.letters;

import java.time.Instant;

/**
 * A signer followed their confirmation link: a new signature (listed at once, or waiting
 * for approval), or another contact of an organisation that had signed already.
 *
 * @param letterId the letter
 * @param signatureId the signature the confirmation counted for
 * @param kind an organisation's or a person's
 * @param organizationId the organisation in the registry, or {@code null} for a person
 * @param newSignature whether it made a new signature rather than adding a contact
 * @param status the signature's status after it
 * @param occurredAt when
 */
public record SignatureConfirmed(long letterId, long signatureId, SignerKind kind, Long organizationId,
		boolean newSignature, SignatureStatus status, Instant occurredAt) {
}
