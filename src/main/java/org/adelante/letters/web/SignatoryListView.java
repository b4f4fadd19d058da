package org.adelante.letters.web;

import java.time.Instant;
import java.time.ZoneId;

import org.adelante.letters.Delivery;
import org.adelante.letters.Grouping;
import org.adelante.letters.Signatory;
import org.adelante.letters.SignatoryList;

/**
 * A signatory list as a page shows it: the letter's live list, or the one a delivery
 * froze.
 *
 * @param list the names, grouped (empty before their public time)
 * @param grouping how they are grouped
 * @param listPublic whether the names may be shown yet
 * @param listPublicAt when they become public, or {@code null}
 * @param zone the zone times are shown in
 * @param delivered the latest delivery of the live list, whose later signatures are
 * marked as added after it; {@code null} for a frozen list or an undelivered letter
 */
public record SignatoryListView(SignatoryList list, Grouping grouping, boolean listPublic, Instant listPublicAt,
		ZoneId zone, Delivery delivered) {

	/** Whether the page lists organisations' countries (else their scopes). */
	public boolean showsCountry() {
		return this.grouping != Grouping.BY_COUNTRY;
	}

	/** Whether the page lists organisations' scopes (else their countries). */
	public boolean showsScope() {
		return this.grouping != Grouping.BY_SCOPE;
	}

	/** Whether the signatory signed after the latest delivery, so was not delivered. */
	public boolean addedAfterDelivery(Signatory signatory) {
		return this.delivered != null && !signatory.withdrawn()
				&& !this.delivered.signatureIds().contains(signatory.signatureId());
	}

	/** When the latest delivery went out. */
	public Instant deliveredAt() {
		return (this.delivered != null) ? this.delivered.snapshot().deliveredAt() : null;
	}

}
