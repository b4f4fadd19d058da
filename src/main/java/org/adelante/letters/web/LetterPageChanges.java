package org.adelante.letters.web;

import java.time.Instant;
import java.util.Optional;

import org.adelante.organizations.OwnOrganizationChanged;
import org.adelante.shared.ChangeStamps;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the changes that alter what letter pages show besides the letters and their
 * lists, which carry their own times: our organisation (the site's name). Each one moves
 * the letters' change stamp, from which page validators are made, so a reader's cached
 * copy is replaced on every node.
 */
@Component
class LetterPageChanges {

	static final String STAMP = "letters.pages";

	private final ChangeStamps stamps;

	LetterPageChanges(ChangeStamps stamps) {
		this.stamps = stamps;
	}

	@ApplicationModuleListener
	void on(OwnOrganizationChanged event) {
		this.stamps.advance(STAMP, event.occurredAt());
	}

	/** When something other than the letters themselves last changed what pages show. */
	Optional<Instant> lastChange() {
		return this.stamps.get(STAMP);
	}

}
