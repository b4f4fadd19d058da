package org.adelante.letters;

import java.time.Instant;

/**
 * A signature joined a letter's public list and its count: on confirmation, on approval
 * by staff, or when the letter opened with its conveners.
 *
 * @param letterId the letter
 * @param signatureId the signature
 * @param kind an organisation's or a person's
 * @param actor who listed it: staff approving it, or {@code system}
 * @param occurredAt when
 */
public record SignatureListed(long letterId, long signatureId, SignerKind kind, String actor, Instant occurredAt) {
}
