package org.adelante.accounts;

import java.time.Instant;
import java.util.Locale;

import org.adelante.shared.Audited;

/**
 * A staff account was created, invited, changed, enabled or disabled, or its password
 * changed.
 *
 * @param staffId the account
 * @param change what happened to it
 * @param summary who it is and, where it helps, what changed
 * @param actor who did it
 * @param occurredAt when
 */
public record StaffAccountChanged(long staffId, Change change, String summary, String actor,
		Instant occurredAt) implements Audited {

	@Override
	public String action() {
		return "staff." + this.change.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String subjectType() {
		return "staff";
	}

	@Override
	public String subjectId() {
		return String.valueOf(this.staffId);
	}

	/** What happened to an account. */
	public enum Change {

		CREATED, INVITED, UPDATED, RENAMED, ENABLED, DISABLED, PASSWORD_CHANGED, PASSWORD_RESET

	}

}
