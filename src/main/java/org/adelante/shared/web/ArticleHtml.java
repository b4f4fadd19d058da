package org.adelante.shared.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Fits already sanitised article HTML (a post's body, a letter's text) into a page: its
 * headings start one level below the page's own, and its first paragraph can be opened by
 * a dateline.
 */
public final class ArticleHtml {

	private ArticleHtml() {
	}

	/**
	 * Renumbers the headings so the highest becomes {@code top} (a body's "# Title" must
	 * not compete with the page's {@code h1}), keeping their relative order.
	 */
	public static String headingsFrom(String html, int top) {
		Document document = parse(html);
		demoteHeadings(document.body(), top);
		return document.body().html();
	}

	/**
	 * Splits a body into its opening paragraph's inner HTML and the rest, with headings
	 * renumbered from {@code top}. The lead is {@code null} when the body starts with
	 * something else, such as a heading or a list.
	 */
	public static Parts split(String html, int top) {
		Document document = parse(html);
		Element body = document.body();
		demoteHeadings(body, top);
		String lead = null;
		for (Node node : body.childNodes()) {
			if (node instanceof TextNode text && text.isBlank()) {
				continue;
			}
			if (node instanceof Element element && element.nameIs("p")) {
				lead = element.html();
				element.remove();
			}
			break;
		}
		return new Parts(lead, body.html());
	}

	private static Document parse(String html) {
		Document document = Jsoup.parseBodyFragment((html != null) ? html : "");
		document.outputSettings().prettyPrint(false);
		return document;
	}

	private static void demoteHeadings(Element root, int top) {
		int highest = 7;
		for (Element heading : root.select("h1, h2, h3, h4, h5, h6")) {
			highest = Math.min(highest, level(heading));
		}
		int shift = top - highest;
		if (highest == 7 || shift <= 0) {
			return;
		}
		for (Element heading : root.select("h1, h2, h3, h4, h5, h6")) {
			heading.tagName("h" + Math.min(6, level(heading) + shift));
		}
	}

	private static int level(Element heading) {
		return heading.tagName().charAt(1) - '0';
	}

	/**
	 * A body split for the dateline.
	 *
	 * @param lead the first paragraph's inner HTML, or {@code null}
	 * @param rest everything after it
	 */
	public record Parts(String lead, String rest) {
	}

}
