package org.adelante.organizations;

import java.time.Instant;
import java.util.Locale;

import org.adelante.shared.Audited;

/**
 * An organisation was added to the registry or its details changed; pages that name it
 * change with it.
 *
 * @param organizationId the organisation
 * @param change what happened to it
 * @param name its name
 * @param actor who did it
 * @param occurredAt when
 */
public record OrganizationChanged(long organizationId, Change change, String name, String actor,
		Instant occurredAt) implements Audited {

	@Override
	public String action() {
		return "organization." + this.change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String subjectType() {
		return "organization";
	}

	@Override
	public String subjectId() {
		return String.valueOf(this.organizationId);
	}

	@Override
	public String summary() {
		return this.name;
	}

	/** What happened to an organisation. */
	public enum Change {

		CREATED, UPDATED

	}

}
