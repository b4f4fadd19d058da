package org.adelante.letters.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The thank-you page after a confirmation, with plain links to share the letter: no
 * third-party script runs on it.
 *
 * @param letter the letter signed
 * @param url its public address
 * @param awaitingApproval whether the signature waits for staff approval
 */
public record ThanksView(LetterCard letter, String url, boolean awaitingApproval) {

	/** An email to a friend, with the letter's title and address. */
	public String emailLink() {
		return "mailto:?subject=" + encode(this.letter.title()) + "&body="
				+ encode(this.letter.title() + "\n" + this.url);
	}

	public String blueskyLink() {
		return "https://bsky.app/intent/compose?text=" + encode(this.letter.title() + " " + this.url);
	}

	public String whatsappLink() {
		return "https://wa.me/?text=" + encode(this.letter.title() + " " + this.url);
	}

	public String facebookLink() {
		return "https://www.facebook.com/sharer/sharer.php?u=" + encode(this.url);
	}

	public String xLink() {
		return "https://twitter.com/intent/tweet?text=" + encode(this.letter.title()) + "&url=" + encode(this.url);
	}

	/** Encoded for a query string, spaces as {@code %20} (mail programs show a "+"). */
	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
