package org.adelante.shared.web;

import java.util.EnumSet;
import java.util.Set;

import org.adelante.shared.security.Role;

/**
 * An entry of the admin navigation, contributed by the module whose page it opens. The
 * navigation groups entries by area (its heading is the message
 * {@code admin.area.<area>}) and shows each one only to staff who may open its page.
 *
 * @param area the area it belongs to, such as {@code newsroom} or {@code settings}
 * @param order its place: areas are ordered by their first entry, entries within an area
 * by this (by convention the newsroom uses the 100s, letters the 200s, sustainers the
 * 300s, the organisation registry the 400s and settings the 900s)
 * @param path the page it opens, such as {@code /admin/posts}
 * @param labelKey the message key of its label
 * @param roles who sees it (any one of these roles; an admin sees everything), or none
 * for every signed-in staff member
 */
public record AdminLink(String area, int order, String path, String labelKey, Set<Role> roles) {

	public AdminLink {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public static AdminLink of(String area, int order, String path, String labelKey, Role... roles) {
		return new AdminLink(area, order, path, labelKey, Set.of(roles));
	}

	/** The message key of the area's heading. */
	public String areaKey() {
		return "admin.area." + this.area;
	}

}
