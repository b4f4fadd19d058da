package org.adelante.letters;

import java.time.Instant;
import java.util.List;

import org.adelante.organizations.Scope;

/**
 * One organisation's or person's signature of a letter, as staff see it: one count
 * however many people confirmed it.
 *
 * @param id its key
 * @param letterId the letter
 * @param kind an organisation's or a person's
 * @param organizationId the organisation in the registry, or {@code null} for a person
 * @param name the organisation's or person's name as listed
 * @param city its city, or {@code null}
 * @param region its region, or {@code null}
 * @param country its ISO country code, or {@code null}
 * @param scope an organisation's scope, or {@code null}
 * @param status where it is
 * @param convener whether the organisation convened the letter
 * @param confirmedAt when it was first confirmed
 * @param listedAt when it was first listed, or {@code null}
 * @param withdrawnAt when it was withdrawn, or {@code null}
 * @param contacts the people who confirmed it, the first first
 * @param text the newest text any of them signed, or {@code null} if that was not
 * recorded
 */
public record Signature(long id, long letterId, SignerKind kind, Long organizationId, String name, String city,
		String region, String country, Scope scope, SignatureStatus status, boolean convener, Instant confirmedAt,
		Instant listedAt, Instant withdrawnAt, List<SignatureContact> contacts, TextVersion text) {

	/** Whether more than one person confirmed it. */
	public boolean hasAdditionalContacts() {
		return this.contacts.size() > 1;
	}

}
