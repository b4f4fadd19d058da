package org.adelante.letters;

import java.time.Instant;

import org.adelante.organizations.Scope;

/**
 * One signature of a letter as staff export it: what the list shows of it, its status and
 * source, and its first contact (the person who confirmed it first), with how many people
 * confirmed it in all. A convener's signature that nobody confirmed has no contact.
 *
 * @param id its key
 * @param kind an organisation's or a person's
 * @param name the name it is listed under
 * @param city its city, or {@code null}
 * @param region its state or region, or {@code null}
 * @param country its ISO country code, or {@code null}
 * @param scope an organisation's scope, or {@code null}
 * @param status where it is
 * @param convener whether the organisation convened the letter
 * @param source where it came from
 * @param contactName the first contact's name, or {@code null}
 * @param contactTitle their title, or {@code null}
 * @param contactEmail their email, or {@code null}
 * @param contactPhone their phone number, or {@code null}
 * @param contactLanguage the language they signed in, or {@code null}
 * @param contactComment their comment, or {@code null}
 * @param domainMatches whether their email is at one of the organisation's domains, or
 * {@code null} without a contact
 * @param attestedAt when they attested they may sign for the organisation, or
 * {@code null}
 * @param confirmedAt when the signature was first confirmed
 * @param listedAt when it was first listed, or {@code null}
 * @param withdrawnAt when it was withdrawn, or {@code null}
 * @param contacts how many people confirmed it
 * @param text the newest version of the letter's text it was given for, or {@code null}
 * if that was not recorded
 */
public record ExportedSignature(long id, SignerKind kind, String name, String city, String region, String country,
		Scope scope, SignatureStatus status, boolean convener, SignatureSource source, String contactName,
		String contactTitle, String contactEmail, String contactPhone, String contactLanguage, String contactComment,
		Boolean domainMatches, Instant attestedAt, Instant confirmedAt, Instant listedAt, Instant withdrawnAt,
		int contacts, TextVersion text) {

	/** The version of the letter's text the signature was given for, or empty. */
	public String textVersion() {
		return (this.text != null) ? String.valueOf(this.text.number()) : "";
	}

}
