package org.adelante.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleHtmlTests {

	@Test
	void theFirstParagraphIsSplitOffForTheDateline() {
		ArticleHtml.Parts parts = ArticleHtml.split("<p>First <em>words</em>.</p>\n<p>Second.</p>", 2);

		assertThat(parts.lead()).isEqualTo("First <em>words</em>.");
		assertThat(parts.rest()).isEqualTo("\n<p>Second.</p>");
	}

	@Test
	void aBodyThatStartsWithSomethingElseHasNoLead() {
		ArticleHtml.Parts parts = ArticleHtml.split("<ul><li>One</li></ul><p>Then text.</p>", 2);

		assertThat(parts.lead()).isNull();
		assertThat(parts.rest()).isEqualTo("<ul><li>One</li></ul><p>Then text.</p>");
	}

	@Test
	void anEmptyBodyHasNoLead() {
		ArticleHtml.Parts parts = ArticleHtml.split("", 2);

		assertThat(parts.lead()).isNull();
		assertThat(parts.rest()).isEmpty();
	}

	@Test
	void headingsAreRenumberedBelowThePageTitleKeepingTheirOrder() {
		assertThat(ArticleHtml.headingsFrom("<h1>A</h1><h3>B</h3><h6>C</h6>", 2))
			.isEqualTo("<h2>A</h2><h4>B</h4><h6>C</h6>");
		assertThat(ArticleHtml.headingsFrom("<h2>A</h2><h3>B</h3>", 3)).isEqualTo("<h3>A</h3><h4>B</h4>");
	}

	@Test
	void headingsAlreadyLowEnoughAreKept() {
		assertThat(ArticleHtml.headingsFrom("<h3>A</h3><p>x</p>", 2)).isEqualTo("<h3>A</h3><p>x</p>");
	}

	@Test
	void whitespaceBeforeTheFirstParagraphDoesNotHideTheLead() {
		ArticleHtml.Parts parts = ArticleHtml.split("\n  <p>First.</p><p>Second.</p>", 2);

		assertThat(parts.lead()).isEqualTo("First.");
		assertThat(parts.rest()).isEqualTo("\n  <p>Second.</p>");
	}

	@Test
	void aBodyThatStartsWithLooseTextHasNoLead() {
		ArticleHtml.Parts parts = ArticleHtml.split("Loose words <p>Then a paragraph.</p>", 2);

		assertThat(parts.lead()).isNull();
		assertThat(parts.rest()).isEqualTo("Loose words <p>Then a paragraph.</p>");
	}

	@Test
	void theRestOfASplitBodyHasItsHeadingsRenumbered() {
		ArticleHtml.Parts parts = ArticleHtml.split("<p>Lead.</p><h1>Background</h1><h2>Detail</h2>", 2);

		assertThat(parts.lead()).isEqualTo("Lead.");
		assertThat(parts.rest()).isEqualTo("<h2>Background</h2><h3>Detail</h3>");
	}

	@Test
	void aBodyWithoutHeadingsIsKeptAsItIs() {
		assertThat(ArticleHtml.headingsFrom("<p>Only <strong>text</strong>.</p>", 2))
			.isEqualTo("<p>Only <strong>text</strong>.</p>");
		assertThat(ArticleHtml.headingsFrom(null, 2)).isEmpty();
	}

}
