package org.adelante.mail;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Derives an email's plain-text part from its HTML part: paragraphs become blank-line
 * separated blocks, line breaks stay, list items get a dash, and links keep their address
 * as "text (url)".
 */
final class MailText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
			"table", "blockquote", "section", "header", "footer", "article", "main", "address", "figure", "pre", "dl");

	private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "figcaption");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\n\\u00a0]+");

	private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");

	private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

	private MailText() {
	}

	static String fromHtml(String html) {
		Element body = Jsoup.parse(html).body();
		Writer writer = new Writer();
		NodeTraversor.traverse(writer, body);
		String text = TRAILING_SPACES.matcher(writer.out.toString()).replaceAll("\n");
		return BLANK_LINES.matcher(text).replaceAll("\n\n").strip() + "\n";
	}

	private static final class Writer implements NodeVisitor {

		private final StringBuilder out = new StringBuilder();

		private int preformatted;

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode textNode) {
				text(textNode);
			}
			else if (node instanceof Element element) {
				String tag = element.normalName();
				if (BLOCKS.contains(tag)) {
					blankLine();
				}
				else if (LINES.contains(tag)) {
					newLine();
					if ("li".equals(tag)) {
						this.out.append("- ");
					}
				}
				else if ("br".equals(tag)) {
					this.out.append('\n');
				}
				else if ("hr".equals(tag)) {
					blankLine();
					this.out.append("----");
					blankLine();
				}
				else if ("img".equals(tag) && !element.attr("alt").isBlank()) {
					this.out.append(element.attr("alt"));
				}
				else if (("td".equals(tag) || "th".equals(tag)) && element.elementSiblingIndex() > 0) {
					this.out.append(" | ");
				}
				if ("pre".equals(tag)) {
					this.preformatted++;
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (!(node instanceof Element element)) {
				return;
			}
			String tag = element.normalName();
			if ("a".equals(tag)) {
				link(element);
			}
			else if ("pre".equals(tag)) {
				this.preformatted--;
			}
			if (BLOCKS.contains(tag)) {
				blankLine();
			}
			else if (LINES.contains(tag)) {
				newLine();
			}
		}

		private void text(TextNode node) {
			if (this.preformatted > 0) {
				this.out.append(node.getWholeText());
				return;
			}
			String text = SPACES.matcher(node.getWholeText()).replaceAll(" ");
			if (afterSpace()) {
				// As in a browser, spaces around inline markup collapse into one.
				text = text.stripLeading();
			}
			this.out.append(text);
		}

		private void link(Element link) {
			String href = link.attr("href").strip();
			if (href.isEmpty() || href.startsWith("#")) {
				return;
			}
			String shown = href.startsWith("mailto:") ? href.substring("mailto:".length()) : href;
			String text = link.text().strip();
			if (!text.equals(shown) && !text.equals(href)) {
				this.out.append(" (").append(shown).append(')');
			}
		}

		private boolean afterSpace() {
			return atLineStart() || this.out.charAt(this.out.length() - 1) == ' ';
		}

		private boolean atLineStart() {
			return this.out.length() == 0 || this.out.charAt(this.out.length() - 1) == '\n';
		}

		private void newLine() {
			if (!atLineStart()) {
				this.out.append('\n');
			}
		}

		private void blankLine() {
			newLine();
			int length = this.out.length();
			if (length > 0 && !(length > 1 && this.out.charAt(length - 2) == '\n')) {
				this.out.append('\n');
			}
		}

	}

}
