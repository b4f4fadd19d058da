package org.adelante.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders user-written Markdown to HTML that is safe to show: no script, event handlers,
 * {@code javascript:} links, iframes or styles survive.
 */
public final class SafeHtml {

	/** Lets relative links survive cleaning; never shown. */
	private static final String RELATIVE_BASE = "http://adelante.invalid/";

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(false).build();

	private static final Safelist SAFELIST = Safelist.relaxed()
		.removeTags("img")
		.addTags("figure", "figcaption", "hr")
		.addAttributes("a", "rel")
		.addProtocols("a", "href", "http", "https", "mailto", "tel")
		.preserveRelativeLinks(true);

	private SafeHtml() {
	}

	/** Markdown (which may contain raw HTML) to sanitised HTML. */
	public static String markdown(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return clean(RENDERER.render(PARSER.parse(markdown)));
	}

	/** Any HTML fragment to its sanitised form. */
	public static String clean(String html) {
		Document dirty = Jsoup.parseBodyFragment(html, RELATIVE_BASE);
		Document clean = new Cleaner(SAFELIST).clean(dirty);
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

	/** Plain text of a Markdown document, e.g. for excerpts and feeds. */
	public static String plainText(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return Jsoup.parse(RENDERER.render(PARSER.parse(markdown))).text();
	}

}
