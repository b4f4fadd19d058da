package org.adelante.letters.web;

import java.net.http.HttpResponse;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter's admin page gives staff the code partners paste to embed it, one per language
 * the letter is written in, at the site's public address and escaped so that any title
 * stays text; and the address of its live count.
 */
@AdelanteIntegrationTest
class LetterAdmin_EmbedIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	ApplicationContext context;

	@Test
	void theLettersPageShowsTheCodeForEachLanguageAndTheCountsAddress() {
		String title = "Water & \"rights\" <b>now</b> " + unique();
		Letter letter = new LetterFixtures(this.context)
			.open(LetterDraft.titled(title).spanish("Agua y derechos " + unique(), "Texto."));
		WebSession organiser = this.web.signedIn(Role.ORGANISER);

		HttpResponse<String> response = organiser.get("/admin/letters/" + letter.id());

		assertThat(response.statusCode()).isEqualTo(200);
		HtmlChecker.assertValid(response.body());
		assertThat(response.body()).as("the title escaped twice: in the code, and the code on the page")
			.contains("title=\"Water &amp;amp; &amp;quot;rights&amp;quot; &amp;lt;b&amp;gt;now&amp;lt;/b&amp;gt; ")
			.doesNotContain("<iframe");
		Document page = Jsoup.parse(response.body());
		Element english = page.selectFirst("textarea#embed-en");
		assertThat(english.hasAttr("readonly")).isTrue();
		assertThat(page.selectFirst("label[for=embed-en]").text()).isEqualTo("Code for the English version");
		Element frame = Jsoup.parseBodyFragment(english.val()).selectFirst("iframe");
		assertThat(frame.attr("src")).isEqualTo("http://localhost" + letter.url() + "/embed?lang=en");
		assertThat(frame.attr("title")).isEqualTo(title + ": sign the letter");
		assertThat(frame.attr("loading")).isEqualTo("lazy");
		Element spanish = Jsoup.parseBodyFragment(page.selectFirst("textarea#embed-es").val()).selectFirst("iframe");
		assertThat(spanish.attr("src")).isEqualTo("http://localhost" + letter.url() + "/embed?lang=es");
		assertThat(spanish.attr("title")).startsWith("Agua y derechos").endsWith(": firme la carta");
		assertThat(page.selectFirst("input#embed-count").val())
			.isEqualTo("http://localhost" + letter.url() + "/count.json");
		assertThat(page.selectFirst("label[for=embed-count]")).isNotNull();
	}

	@Test
	void aLetterInOneLanguageHasOneCodeAndADraftsPageSaysItWorksOnceOpen() {
		Letter draft = new LetterFixtures(this.context).draft(LetterDraft.titled("Draft to embed " + unique()));
		WebSession organiser = this.web.signedIn(Role.ORGANISER).language("es");

		Document page = Jsoup.parse(organiser.get("/admin/letters/" + draft.id()).body());

		assertThat(page.select("textarea.code")).hasSize(1);
		assertThat(page.selectFirst("label[for=embed-en]").text()).isEqualTo("Código para la versión en inglés");
		assertThat(page.selectFirst(".embed-code .hint").text()).startsWith("El código funciona cuando la carta");
		assertThat(
				Jsoup.parse(this.web.signedIn(Role.ORGANISER).get("/admin/letters/new").body()).select(".embed-code"))
			.as("nothing to embed before the letter is saved")
			.isEmpty();
	}

}
