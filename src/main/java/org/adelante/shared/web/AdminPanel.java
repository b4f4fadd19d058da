package org.adelante.shared.web;

import java.util.Map;
import java.util.Set;

import org.adelante.shared.security.Role;

/**
 * A module's panel on the admin dashboard: what needs the attention of the staff who run
 * that part of the site (posts about to go out, mail that failed). Modules contribute
 * panels as beans; the dashboard shows those the signed-in member's roles allow.
 */
public interface AdminPanel {

	/**
	 * Its place on the dashboard; lower comes first (same ranges as {@link AdminLink}).
	 */
	int order();

	/**
	 * Who sees it (any one of these; an admin sees every panel), or none for all staff.
	 */
	Set<Role> roles();

	/**
	 * What the panel shows now: a jte template and its parameters, which also receive the
	 * page's {@code ui}.
	 */
	View view(Ui ui);

	/**
	 * A panel's template and parameters.
	 *
	 * @param template the template under {@code src/main/jte}, such as
	 * {@code newsroom/admin/panel.jte}
	 * @param params its parameters other than {@code ui}
	 */
	record View(String template, Map<String, Object> params) {
	}

}
