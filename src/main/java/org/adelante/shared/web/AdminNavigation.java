package org.adelante.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.adelante.shared.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The admin navigation, made of the {@link AdminLink}s and {@link AdminPanel}s that
 * modules contribute.
 */
@Component
public class AdminNavigation {

	private final List<AdminLink> links;

	private final List<AdminPanel> panels;

	AdminNavigation(ObjectProvider<AdminLink> links, ObjectProvider<AdminPanel> panels) {
		this.links = links.stream()
			.sorted(Comparator.comparingInt(AdminLink::order).thenComparing(AdminLink::path))
			.toList();
		this.panels = panels.stream().sorted(Comparator.comparingInt(AdminPanel::order)).toList();
	}

	/**
	 * The areas with the entries a member may see, in order; areas with no such entry are
	 * left out.
	 * @param mayOpen whether the member has a role (taking the role hierarchy into
	 * account)
	 */
	public List<Area> areasFor(Predicate<Role> mayOpen) {
		Map<String, List<AdminLink>> byArea = new LinkedHashMap<>();
		for (AdminLink link : this.links) {
			if (visible(link.roles(), mayOpen)) {
				byArea.computeIfAbsent(link.area(), (area) -> new ArrayList<>()).add(link);
			}
		}
		return byArea.entrySet()
			.stream()
			.map((area) -> new Area(area.getKey(), area.getValue().get(0).areaKey(), area.getValue()))
			.toList();
	}

	/** The dashboard panels a member may see, in order. */
	public List<AdminPanel> panelsFor(Predicate<Role> mayOpen) {
		return this.panels.stream().filter((panel) -> visible(panel.roles(), mayOpen)).toList();
	}

	private static boolean visible(Set<Role> roles, Predicate<Role> mayOpen) {
		return roles.isEmpty() || roles.stream().anyMatch(mayOpen);
	}

	/**
	 * One area of the navigation.
	 *
	 * @param name its name, such as {@code newsroom}
	 * @param labelKey the message key of its heading
	 * @param links its entries, in order
	 */
	public record Area(String name, String labelKey, List<AdminLink> links) {
	}

}
