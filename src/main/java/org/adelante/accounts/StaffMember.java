package org.adelante.accounts;

import java.time.Instant;
import java.util.Set;

import org.adelante.shared.security.Role;

/**
 * A staff account as other code sees it; the password hash never leaves the module.
 *
 * @param id the account's key
 * @param email the sign-in email, lower case
 * @param name the display name
 * @param roles what the member may do
 * @param enabled whether the member may sign in
 * @param lockedUntil when a lock after failed sign-ins ends, or {@code null}
 * @param createdAt when the account was created
 */
public record StaffMember(long id, String email, String name, Set<Role> roles, boolean enabled, Instant lockedUntil,
		Instant createdAt) {

	public boolean has(Role role) {
		return this.roles.contains(role) || this.roles.contains(Role.ADMIN);
	}

}
