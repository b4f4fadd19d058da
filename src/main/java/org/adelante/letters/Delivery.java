package org.adelante.letters;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A letter as it was delivered to its targets.
 *
 * @param id its key
 * @param letterId the letter
 * @param hash the SHA-256 of its snapshot's canonical form, its public address
 * @param snapshot what was delivered
 * @param grouping how its list was grouped
 * @param createdBy who delivered it
 */
public record Delivery(long id, long letterId, String hash, DeliverySnapshot snapshot, Grouping grouping,
		String createdBy) {

	/** Its public page, under the letter's address. */
	public String url(String letterSlug) {
		return "/letters/" + letterSlug + "/deliveries/" + this.hash;
	}

	/**
	 * The delivered list grouped and sorted as the letter's page does in the language.
	 */
	public SignatoryList list(Locale locale) {
		return SignatoryList.of(this.snapshot.signatories(), this.grouping, locale);
	}

	/** The signatures it delivered. */
	public Set<Long> signatureIds() {
		return this.snapshot.signatories().stream().map(Signatory::signatureId).collect(Collectors.toSet());
	}

	/** The languages its text was written in, English first. */
	public List<String> languages() {
		if (this.snapshot.titleEs() == null) {
			return List.of("en");
		}
		return (this.snapshot.titleEn() == null) ? List.of("es") : List.of("en", "es");
	}

	/** The short form of its hash that readers compare at a glance. */
	public String shortHash() {
		return this.hash.substring(0, 12);
	}

}
