package org.adelante.shared.security;

/**
 * What a staff member may do. An admin may do everything the other roles may.
 */
public enum Role {

	/** Manages staff, settings, the outbox and the audit log. */
	ADMIN,

	/** Writes, schedules and publishes posts. */
	EDITOR,

	/** Runs sign-on letters. */
	ORGANISER,

	/** Runs the sustainer programme. */
	FUNDRAISER;

	/** The message key of this role's name. */
	public String key() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
