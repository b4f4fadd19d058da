package org.adelante.accounts.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.adelante.accounts.StaffMember;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.security.Role;

/**
 * The add or edit staff page.
 *
 * @param member the member being edited, or {@code null} when adding one
 * @param name the name field's value
 * @param email the email field's value (adding only)
 * @param roles the checked roles
 * @param language the invitation language code (adding only)
 * @param problems the form's problems
 * @param self whether the member is the signed-in admin
 * @param now the current time, to tell whether the member is locked
 * @param notice a message key to show above the form, or {@code null}
 */
public record StaffFormView(StaffMember member, String name, String email, Set<Role> roles, String language,
		FieldProblems problems, boolean self, Instant now, String notice) {

	/** The checked roles as the form sends them. */
	public List<String> roleNames() {
		return this.roles.stream().map(Role::name).toList();
	}

	public boolean adding() {
		return this.member == null;
	}

	public boolean locked() {
		return this.member != null && this.member.lockedUntil() != null && this.member.lockedUntil().isAfter(this.now);
	}

}
