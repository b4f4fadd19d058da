package org.adelante.letters.web;

import org.springframework.web.util.HtmlUtils;

/**
 * The code a partner pastes into a page of their own site to show a letter's embeddable
 * page: an {@code <iframe>} that loads when it scrolls into view, with a title for screen
 * readers, at most as wide as the page it is in.
 *
 * @param language the language of the embedded page
 * @param code the HTML to paste
 */
public record EmbedSnippet(String language, String code) {

	/** A width that suits the forms; the frame narrows with a narrower page. */
	static final int WIDTH = 480;

	/** A height that shows the count and most of a form; the frame scrolls for more. */
	static final int HEIGHT = 900;

	/**
	 * The code for a page.
	 * @param url the embeddable page's absolute address
	 * @param title what the frame holds, in the page's language
	 */
	static EmbedSnippet of(String language, String url, String title) {
		return new EmbedSnippet(language,
				"<iframe src=\"" + HtmlUtils.htmlEscape(url, "UTF-8") + "\" title=\""
						+ HtmlUtils.htmlEscape(title, "UTF-8") + "\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
						+ "\" loading=\"lazy\" style=\"border: 1px solid #d8d4cc; max-width: 100%;\"></iframe>");
	}

}
