package org.adelante.organizations;

import java.time.Instant;

import org.adelante.shared.Audited;

/**
 * Staff merged two registry entries for the same organisation: the loser's names,
 * acronym, other names and domains now belong to the survivor, and the loser is gone.
 * <p>
 * A module that refers to organisations must point its references to the loser at the
 * survivor in a synchronous {@code @EventListener} (not an
 * {@code @ApplicationModuleListener}): it then runs in the merge's own transaction, so
 * that no reference to the deleted organisation is ever committed, and a failure undoes
 * the whole merge instead of leaving references to an organisation that no longer exists.
 *
 * @param survivorId the organisation kept
 * @param loserId the organisation merged into it and deleted
 * @param survivorName the survivor's name
 * @param loserName the loser's name
 * @param actor who merged them
 * @param occurredAt when
 */
public record OrganizationsMerged(long survivorId, long loserId, String survivorName, String loserName, String actor,
		Instant occurredAt) implements Audited {

	@Override
	public String action() {
		return "organization.merged";
	}

	@Override
	public String subjectType() {
		return "organization";
	}

	@Override
	public String subjectId() {
		return String.valueOf(this.survivorId);
	}

	@Override
	public String summary() {
		return this.loserName + " → " + this.survivorName;
	}

}
