package org.adelante.accounts;

import java.util.Locale;

/**
 * A change to a staff account that would lock the site out of its own administration.
 */
public class StaffChangeRefused extends RuntimeException {

	private final Reason reason;

	public StaffChangeRefused(Reason reason) {
		super("Staff change refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The message key explaining the refusal. */
	public String key() {
		return "staffAdmin.refused." + this.reason.name().toLowerCase(Locale.ROOT);
	}

	public enum Reason {

		/** Admins may not take their own admin role away. */
		OWN_ADMIN_ROLE,

		/** Admins may not disable their own account. */
		OWN_ACCOUNT,

		/** The last enabled admin must stay one. */
		LAST_ADMIN

	}

}
