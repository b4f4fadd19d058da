package org.adelante.letters.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbedSnippetTests {

	@Test
	void theSnippetIsAFrameOfTheEmbeddablePageThatLoadsLazilyWithATitle() {
		EmbedSnippet snippet = EmbedSnippet.of("es", "https://news.example.org/letters/agua/embed?lang=es",
				"Agua limpia: firme la carta");

		Element frame = Jsoup.parseBodyFragment(snippet.code()).selectFirst("iframe");

		assertThat(snippet.language()).isEqualTo("es");
		assertThat(frame.attr("src")).isEqualTo("https://news.example.org/letters/agua/embed?lang=es");
		assertThat(frame.attr("title")).isEqualTo("Agua limpia: firme la carta");
		assertThat(frame.attr("loading")).isEqualTo("lazy");
		assertThat(frame.attr("width")).isEqualTo("480");
		assertThat(frame.attr("height")).isEqualTo("900");
		assertThat(frame.attr("style")).contains("max-width: 100%");
	}

	@Test
	void aTitleWithQuotesAndMarkupStaysInsideItsAttribute() {
		EmbedSnippet snippet = EmbedSnippet.of("en", "https://news.example.org/letters/a/embed?lang=en&x=\"y\"",
				"Water & \"rights\" <script>alert(1)</script>' onload='x");

		assertThat(snippet.code())
			.startsWith("<iframe src=\"https://news.example.org/letters/a/embed?lang=en&amp;x=&quot;y&quot;\"")
			.contains(
					"title=\"Water &amp; &quot;rights&quot; &lt;script&gt;alert(1)&lt;/script&gt;&#39; onload=&#39;x\"")
			.doesNotContain("<script>");
		Element frame = Jsoup.parseBodyFragment(snippet.code()).selectFirst("iframe");
		assertThat(frame.attributes().size()).isEqualTo(6);
		assertThat(frame.attr("title")).isEqualTo("Water & \"rights\" <script>alert(1)</script>' onload='x");
	}

}
