package org.adelante.newsroom.web;

import java.time.Instant;
import java.util.Optional;

import org.adelante.newsroom.MediaContactChanged;
import org.adelante.organizations.OrganizationChanged;
import org.adelante.organizations.OrganizationsMerged;
import org.adelante.organizations.OwnOrganizationChanged;
import org.adelante.shared.ChangeStamps;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the changes that alter what newsroom pages show besides their posts: our
 * organisation (the site's name and boilerplate), the organisations and the media
 * contacts they name. Each one moves the newsroom's change stamp, from which page
 * validators are made, so a reader's cached copy is replaced on every node.
 */
@Component
class NewsroomPageChanges {

	static final String STAMP = "newsroom.pages";

	private final ChangeStamps stamps;

	NewsroomPageChanges(ChangeStamps stamps) {
		this.stamps = stamps;
	}

	@ApplicationModuleListener
	void on(OwnOrganizationChanged event) {
		this.stamps.advance(STAMP, event.occurredAt());
	}

	@ApplicationModuleListener
	void on(OrganizationChanged event) {
		this.stamps.advance(STAMP, event.occurredAt());
	}

	@ApplicationModuleListener
	void on(OrganizationsMerged event) {
		this.stamps.advance(STAMP, event.occurredAt());
	}

	@ApplicationModuleListener
	void on(MediaContactChanged event) {
		this.stamps.advance(STAMP, event.occurredAt());
	}

	/** When something other than the posts themselves last changed what pages show. */
	Optional<Instant> lastChange() {
		return this.stamps.get(STAMP);
	}

}
