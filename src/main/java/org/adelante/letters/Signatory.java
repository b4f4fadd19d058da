package org.adelante.letters;

import java.time.Instant;

import org.adelante.organizations.Scope;

/**
 * A name on a letter's public list: an organisation as it was when it signed, or a
 * person.
 *
 * @param signatureId its signature
 * @param kind an organisation or a person
 * @param name the organisation's or person's name
 * @param city where it is, or {@code null}
 * @param region the state or region, or {@code null}
 * @param country the ISO country code, or {@code null}
 * @param scope how far an organisation's work reaches, or {@code null}
 * @param convener whether the organisation convened the letter
 * @param withdrawnAt when the signature was withdrawn, or {@code null} if it stands
 */
public record Signatory(long signatureId, SignerKind kind, String name, String city, String region, String country,
		Scope scope, boolean convener, Instant withdrawnAt) {

	/** "City, Region", leaving out what is not known; empty when neither is. */
	public String place() {
		boolean city = this.city != null && !this.city.isBlank();
		boolean region = this.region != null && !this.region.isBlank();
		if (city && region) {
			return this.city + ", " + this.region;
		}
		return city ? this.city : (region ? this.region : "");
	}

	public boolean withdrawn() {
		return this.withdrawnAt != null;
	}

}
