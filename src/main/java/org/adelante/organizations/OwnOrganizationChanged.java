package org.adelante.organizations;

import java.time.Instant;

import org.adelante.shared.Audited;

/**
 * Our organisation's settings changed (name, logo, boilerplate or time zone); every page
 * that shows the site's name or dates changes with it.
 *
 * @param name the new name
 * @param zone the new time zone id
 * @param actor who changed them
 * @param occurredAt when the change was saved
 */
public record OwnOrganizationChanged(String name, String zone, String actor, Instant occurredAt) implements Audited {

	@Override
	public String action() {
		return "organization.own.updated";
	}

	@Override
	public String subjectType() {
		return "own_organization";
	}

	@Override
	public String subjectId() {
		return null;
	}

	@Override
	public String summary() {
		return this.name;
	}

}
