package org.adelante.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailTextTests {

	@Test
	void paragraphsBecomeBlocksSeparatedByABlankLine() {
		String text = MailText.fromHtml("<p>First   paragraph\n  wrapped.</p><p>Second.</p>");
		assertThat(text).isEqualTo("First paragraph wrapped.\n\nSecond.\n");
	}

	@Test
	void lineBreaksAreKept() {
		assertThat(MailText.fromHtml("<p>Line one<br>Line two</p>")).isEqualTo("Line one\nLine two\n");
	}

	@Test
	void linksKeepTheirAddress() {
		String text = MailText
			.fromHtml("<p>Please <a href=\"https://example.org/reset/abc\">choose a password</a>.</p>");
		assertThat(text).isEqualTo("Please choose a password (https://example.org/reset/abc).\n");
	}

	@Test
	void aLinkWhoseTextIsItsAddressIsWrittenOnce() {
		assertThat(MailText.fromHtml("<p><a href=\"https://example.org\">https://example.org</a></p>"))
			.isEqualTo("https://example.org\n");
		assertThat(MailText.fromHtml("<p><a href=\"mailto:a@example.org\">a@example.org</a></p>"))
			.isEqualTo("a@example.org\n");
	}

	@Test
	void listItemsGetADash() {
		assertThat(MailText.fromHtml("<p>Roles:</p><ul><li>Editor</li><li>Organiser</li></ul><p>End</p>"))
			.isEqualTo("Roles:\n\n- Editor\n- Organiser\n\nEnd\n");
	}

	@Test
	void aWholeDocumentKeepsOnlyItsBodyAndEntitiesAreDecoded() {
		String html = """
				<!DOCTYPE html>
				<html lang="es"><head><title>Asunto</title></head>
				<body>
				<p><strong>Adelante</strong></p>
				<h1>Restablezca su contrase&ntilde;a</h1>
				<p>Tom &amp; Jerry &lt;script&gt;</p>
				<hr>
				<p>Pie</p>
				</body></html>
				""";
		assertThat(MailText.fromHtml(html))
			.isEqualTo("Adelante\n\nRestablezca su contraseña\n\nTom & Jerry <script>\n\n----\n\nPie\n");
	}

	@Test
	void wordsAroundInlineMarkupKeepTheirSpaces() {
		assertThat(MailText.fromHtml("<p><strong>Adelante</strong> news and <em>views</em> today</p>"))
			.isEqualTo("Adelante news and views today\n");
		assertThat(MailText.fromHtml("<p>News <em> and </em> views</p>")).isEqualTo("News and views\n");
	}

	@Test
	void indentationInTheMarkupIsNotText() {
		String html = """
				<p>One</p>
				<p>
				    Two
				</p>
				<ul>
				    <li>
				        Three
				    </li>
				</ul>
				""";
		assertThat(MailText.fromHtml(html)).isEqualTo("One\n\nTwo\n\n- Three\n");
	}

}
