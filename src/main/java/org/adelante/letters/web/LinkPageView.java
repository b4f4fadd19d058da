package org.adelante.letters.web;

import java.util.Locale;

import org.adelante.letters.LinkOutcome;
import org.adelante.letters.LinkState;

/**
 * The page a link from a signer's email opens: a button to confirm (or withdraw) while
 * the link may be used, else what became of it.
 *
 * @param purpose {@code confirm} or {@code withdraw}
 * @param state what the link is worth, or what using it did
 * @param token the link's token, for the button's form
 * @param letter the letter it is about, or {@code null} for an unknown link
 */
public record LinkPageView(String purpose, LinkState state, String token, LetterCard letter) {

	static LinkPageView of(String purpose, LinkOutcome outcome, String token, LetterCard letter) {
		return new LinkPageView(purpose, outcome.state(), token, letter);
	}

	/**
	 * The message key prefix of what the page says, such as
	 * {@code letters.link.confirm.expired}.
	 */
	public String key() {
		return "letters.link." + this.purpose + "." + this.state.name().toLowerCase(Locale.ROOT);
	}

	public boolean ready() {
		return this.state == LinkState.READY;
	}

	/** Whether the signer may want to sign again: their link ran out or was withdrawn. */
	public boolean mayAskAgain() {
		return this.state == LinkState.EXPIRED || this.state == LinkState.CANCELLED;
	}

	/** Where the button posts. */
	public String action() {
		return "/signatures/" + this.purpose + "/" + this.token;
	}

}
