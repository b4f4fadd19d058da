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
	void textBeforeAndAfterABlockIsSetApartByABlankLine() {
		assertThat(MailText.fromHtml("<div>Dear Ana,<p>Welcome.</p>Regards</div>"))
			.isEqualTo("Dear Ana,\n\nWelcome.\n\nRegards\n");
	}

	@Test
	void aRuleBetweenLooseTextStandsOnItsOwn() {
		assertThat(MailText.fromHtml("<div>Thanks<hr>Adelante</div>")).isEqualTo("Thanks\n\n----\n\nAdelante\n");
	}

	@Test
	void anEmptyParagraphWithALineBreakAddsNoMoreThanABlankLine() {
		assertThat(MailText.fromHtml("<p><br></p><p>One</p><p><br></p><p>Two</p>")).isEqualTo("One\n\nTwo\n");
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

	@Test
	void anImageShowsItsTextAlternative() {
		assertThat(MailText.fromHtml("<p><img src=\"logo.png\" alt=\"Adelante logo\"> Newsroom</p>"))
			.isEqualTo("Adelante logo Newsroom\n");
		assertThat(MailText.fromHtml("<p><img src=\"spacer.gif\" alt=\" \">Newsroom</p>")).isEqualTo("Newsroom\n");
	}

	@Test
	void aFigureShowsItsImageAndCaptionOnSeparateLines() {
		assertThat(MailText.fromHtml(
				"<figure><img src=\"chart.png\" alt=\"Chart\"><figcaption>Signatures by month</figcaption></figure>"))
			.isEqualTo("Chart\nSignatures by month\n");
	}

	@Test
	void tableRowsBecomeLinesWithCellsSeparatedByBars() {
		String html = "<table><tr><th>Name</th><th>Role</th></tr><tr><td>Ana</td><td>Editor</td><td>Yes</td></tr></table>";
		assertThat(MailText.fromHtml(html)).isEqualTo("Name | Role\nAna | Editor | Yes\n");
	}

	@Test
	void preformattedTextKeepsItsSpacingAndTheTextAfterItDoesNot() {
		assertThat(MailText.fromHtml("<pre>code  here\n  indented</pre><p>After   it</p>"))
			.isEqualTo("code  here\n  indented\n\nAfter it\n");
	}

	@Test
	void linksToAnchorsOrWithoutAddressShowOnlyTheirText() {
		assertThat(MailText.fromHtml("<p><a href=\"#top\">Top</a> and <a href=\" \">nowhere</a></p>"))
			.isEqualTo("Top and nowhere\n");
	}

	@Test
	void anEmailLinkShowsItsAddressWithoutTheScheme() {
		assertThat(MailText.fromHtml("<p><a href=\"mailto:press@example.org\">Write to us</a></p>"))
			.isEqualTo("Write to us (press@example.org)\n");
		assertThat(MailText.fromHtml("<p><a href=\"mailto:press@example.org\">mailto:press@example.org</a></p>"))
			.isEqualTo("mailto:press@example.org\n");
	}

}
