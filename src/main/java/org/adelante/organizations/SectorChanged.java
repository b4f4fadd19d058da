package org.adelante.organizations;

import java.time.Instant;
import java.util.Locale;

import org.adelante.shared.Audited;

/**
 * A sector was added, renamed or deleted (the organisations in a deleted sector are then
 * in none).
 *
 * @param sectorId the sector
 * @param change what happened to it
 * @param name its name
 * @param actor who did it
 * @param occurredAt when
 */
public record SectorChanged(long sectorId, Change change, String name, String actor,
		Instant occurredAt) implements Audited {

	@Override
	public String action() {
		return "organization.sector." + this.change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String subjectType() {
		return "organization_sector";
	}

	@Override
	public String subjectId() {
		return String.valueOf(this.sectorId);
	}

	@Override
	public String summary() {
		return this.name;
	}

	/** What happened to a sector. */
	public enum Change {

		CREATED, RENAMED, DELETED

	}

}
