package org.adelante.accounts.web;

import java.util.Locale;

import org.adelante.accounts.ResetLinkState;

/**
 * Why an emailed link no longer sets a password.
 *
 * @param state expired, used or unknown
 */
public record ResetLinkProblemView(ResetLinkState state) {

	/** The message key prefix for this state's title and text. */
	public String key() {
		return "passwordReset.link." + this.state.name().toLowerCase(Locale.ROOT);
	}

}
