package org.adelante.mail.web;

import java.util.Map;
import java.util.Set;

import org.adelante.mail.Outbox;
import org.adelante.shared.security.Role;
import org.adelante.shared.web.AdminPanel;
import org.adelante.shared.web.Ui;

import org.springframework.stereotype.Component;

/**
 * The admins' panel on the dashboard: emails that failed, and emails waiting because no
 * SMTP server is configured.
 */
@Component
class MailPanel implements AdminPanel {

	private final Outbox outbox;

	MailPanel(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public int order() {
		return 940;
	}

	@Override
	public Set<Role> roles() {
		return Set.of(Role.ADMIN);
	}

	@Override
	public View view(Ui ui) {
		return new View("mail/admin/panel.jte", Map.of("state", this.outbox.state()));
	}

}
