package org.adelante.newsroom;

import java.time.Instant;
import java.util.Locale;

import org.adelante.shared.Audited;

/**
 * A media contact was added, changed or removed; the pages that name it change with it.
 *
 * @param contactId the contact
 * @param change what happened to it
 * @param name its name
 * @param actor who did it
 * @param occurredAt when
 */
public record MediaContactChanged(long contactId, Change change, String name, String actor,
		Instant occurredAt) implements Audited {

	@Override
	public String action() {
		return "contact." + this.change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String subjectType() {
		return "contact";
	}

	@Override
	public String subjectId() {
		return String.valueOf(this.contactId);
	}

	@Override
	public String summary() {
		return this.name;
	}

	/** What happened to a contact. */
	public enum Change {

		CREATED, CHANGED, DELETED

	}

}
