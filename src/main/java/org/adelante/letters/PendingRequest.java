package org.adelante.letters;

import java.time.Instant;

/**
 * A signature someone asked for and has not confirmed yet; it does not count.
 *
 * @param id its key
 * @param details what the signer sent
 * @param requestedAt when
 * @param expiresAt when its confirmation link runs out
 */
public record PendingRequest(long id, SignatureDetails details, Instant requestedAt, Instant expiresAt) {
}
