package org.adelante.shared.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may open some of a module's staff pages. Each module contributes its own as beans;
 * the accounts module applies them all before its default, which refuses any admin page
 * that no module claims.
 *
 * @param paths Spring path patterns, such as {@code /admin/posts/**}
 * @param roles the roles that may open them (any one of them will do; an admin may open
 * everything), or none for every signed-in staff member
 */
public record StaffRoutes(List<String> paths, Set<Role> roles) {

	public StaffRoutes {
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("Staff routes need at least one path");
		}
		paths = List.copyOf(paths);
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/** Pages for staff with any of the roles. */
	public static StaffRoutes forRoles(Set<Role> roles, String... paths) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("Name the roles, or use anyStaff");
		}
		return new StaffRoutes(List.of(paths), roles);
	}

	/** Pages for staff with the role. */
	public static StaffRoutes forRole(Role role, String... paths) {
		return forRoles(EnumSet.of(role), paths);
	}

	/** Pages every signed-in staff member may open. */
	public static StaffRoutes anyStaff(String... paths) {
		return new StaffRoutes(List.of(paths), Set.of());
	}

	public boolean forAnyStaff() {
		return this.roles.isEmpty();
	}

	/**
	 * The role names as Spring Security checks them, without the {@code ROLE_} prefix.
	 */
	public String[] roleNames() {
		return this.roles.stream().map(Role::name).sorted().toArray(String[]::new);
	}

}
