package org.adelante.letters;

import java.time.Instant;

/**
 * Someone who confirmed a signature: the first signer, or a later one for the same
 * organisation. Only staff see them.
 *
 * @param id its key
 * @param name their name
 * @param title their title in the organisation, or {@code null}
 * @param email their email address
 * @param phone their phone number, or {@code null}
 * @param comment their comment, or {@code null}
 * @param language the language they signed in
 * @param attestation the attestation they were shown and accepted, or {@code null} for a
 * person's signature
 * @param attestedAt when they accepted it
 * @param domainMatches whether their email is at one of the organisation's domains
 * @param confirmedAt when they followed the confirmation link
 * @param withdrawnAt when they withdrew the signature, or {@code null}
 */
public record SignatureContact(long id, String name, String title, String email, String phone, String comment,
		String language, String attestation, Instant attestedAt, boolean domainMatches, Instant confirmedAt,
		Instant withdrawnAt) {
}
