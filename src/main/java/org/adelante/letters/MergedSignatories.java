package org.adelante.letters;

import org.adelante.organizations.OrganizationsMerged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Points letters' signatures and conveners of an organisation merged away at the
 * organisation it was merged into, where both signed a letter making their two signatures
 * one, counted once.
 * <p>
 * It listens synchronously, inside the merge's transaction, as the newsroom's listener
 * does: the merge deletes the organisation merged away, and the signatures must never
 * point at one that no longer exists, nor count it twice.
 */
@Component
class MergedSignatories {

	private final Signatures signatures;

	MergedSignatories(Signatures signatures) {
		this.signatures = signatures;
	}

	@EventListener
	void on(OrganizationsMerged event) {
		this.signatures.organizationsMerged(event.survivorId(), event.loserId(), event.survivorName(),
				event.loserName(), event.occurredAt());
	}

}
