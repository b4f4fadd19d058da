package org.adelante.letters.web;

import java.util.Map;
import java.util.Set;

import org.adelante.letters.Letters;
import org.adelante.letters.LettersSettings;
import org.adelante.letters.Signatures;
import org.adelante.shared.security.Role;
import org.adelante.shared.web.AdminPanel;
import org.adelante.shared.web.Ui;

import org.springframework.stereotype.Component;

/**
 * The organisers' panel on the dashboard: the letters with signatures waiting for
 * approval, how many each, and the letters about to close.
 */
@Component
class LettersPanel implements AdminPanel {

	/** How many letters each part of the panel lists. */
	static final int SHOWN = 10;

	private final Letters letters;

	private final Signatures signatures;

	private final LettersSettings settings;

	LettersPanel(Letters letters, Signatures signatures, LettersSettings settings) {
		this.letters = letters;
		this.signatures = signatures;
		this.settings = settings;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public Set<Role> roles() {
		return Set.of(Role.ORGANISER);
	}

	@Override
	public View view(Ui ui) {
		return new View("letters/admin/panel.jte", Map.of("awaiting", this.signatures.awaitingApproval(SHOWN),
				"closing", this.letters.closingWithin(this.settings.closingSoon(), SHOWN)));
	}

}
