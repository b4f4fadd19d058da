package org.adelante.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeHtmlTests {

	@Test
	void markdownBecomesHtml() {
		assertThat(SafeHtml.markdown("Some *emphasis* and a [link](https://example.org).\n\n## Next")).isEqualTo(
				"<p>Some <em>emphasis</em> and a <a href=\"https://example.org\">link</a>.</p>\n<h2>Next</h2>\n");
	}

	@Test
	void missingOrBlankMarkdownIsNoHtml() {
		assertThat(SafeHtml.markdown(null)).isEmpty();
		assertThat(SafeHtml.markdown(" \n\t ")).isEmpty();
		assertThat(SafeHtml.plainText(null)).isEmpty();
		assertThat(SafeHtml.plainText("  ")).isEmpty();
	}

	@Test
	void scriptsEventHandlersAndStylesAreRemovedFromMarkdown() {
		String html = SafeHtml.markdown("""
				Hello <script>alert(1)</script><b onclick="steal()" style="color:red">there</b>

				<iframe src="https://evil.example"></iframe><style>p{}</style>
				""");

		assertThat(html).contains("Hello").contains("<b>there</b>");
		assertThat(html).doesNotContain("script", "alert", "onclick", "style", "iframe", "evil");
	}

	@Test
	void javascriptLinksLoseTheirAddressButRelativeAndMailLinksKeepIt() {
		assertThat(SafeHtml.clean("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("<a>x</a>");
		assertThat(SafeHtml.clean("<a href=\"/news/a-post\">x</a>")).isEqualTo("<a href=\"/news/a-post\">x</a>");
		assertThat(SafeHtml.clean("<a href=\"mailto:press@example.org\" rel=\"nofollow\">x</a>"))
			.isEqualTo("<a href=\"mailto:press@example.org\" rel=\"nofollow\">x</a>");
		assertThat(SafeHtml.clean("<a href=\"tel:+15551234\">x</a>")).isEqualTo("<a href=\"tel:+15551234\">x</a>");
	}

	@Test
	void imagesAreRemovedButFiguresAndRulesStay() {
		assertThat(
				SafeHtml.clean("<figure><img src=\"/x.png\" alt=\"x\"><figcaption>Caption</figcaption></figure><hr>"))
			.isEqualTo("<figure><figcaption>Caption</figcaption></figure><hr>");
	}

	@Test
	void plainTextKeepsOnlyTheWords() {
		assertThat(SafeHtml.plainText("# Title\n\nSome *emphasis* &amp; <b>bold</b>."))
			.isEqualTo("Title Some emphasis & bold.");
	}

}
