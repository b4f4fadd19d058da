package org.adelante.newsroom.web;

import java.util.Map;
import java.util.Set;

import org.adelante.newsroom.Newsroom;
import org.adelante.shared.security.Role;
import org.adelante.shared.web.AdminPanel;
import org.adelante.shared.web.Ui;

import org.springframework.stereotype.Component;

/**
 * The editors' panel on the dashboard: the posts about to go out, with the time each one
 * does, and embargoed drafts that nobody has scheduled yet.
 */
@Component
class NewsroomPanel implements AdminPanel {

	/** How many upcoming posts the panel lists. */
	static final int SHOWN = 10;

	private final Newsroom newsroom;

	NewsroomPanel(Newsroom newsroom) {
		this.newsroom = newsroom;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public Set<Role> roles() {
		return Set.of(Role.EDITOR);
	}

	@Override
	public View view(Ui ui) {
		return new View("newsroom/admin/panel.jte", Map.of("upcoming", this.newsroom.upcoming(SHOWN)));
	}

}
