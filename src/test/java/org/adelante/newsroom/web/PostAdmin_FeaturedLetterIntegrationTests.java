package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.MovableClock;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A post that features a sign-on letter: editors choose the letter in the post form, and
 * readers see its opening lines and live count with links to the full letter and its
 * signers, in the post's language; a new signature changes the page (and its validator),
 * and a letter that is not public is not shown.
 */
@AdelanteIntegrationTest
class PostAdmin_FeaturedLetterIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Newsroom newsroom;

	@Autowired
	ApplicationContext context;

	@Autowired
	NewsroomPageChanges pageChanges;

	@Autowired
	MovableClock clock;

	LetterFixtures letters;

	WebSession editor;

	@BeforeEach
	void signIn() {
		this.letters = new LetterFixtures(this.context);
		this.editor = this.web.signedIn(Role.EDITOR);
	}

	@Test
	void aReleaseFeaturesALetterWithItsLiveCountAndLinksToItsTextAndSigners() {
		// Both signers are in the registry before the page is read: a registry entry
		// alone changes the newsroom's pages too, once its event is handled.
		String first = "First Signer " + unique();
		String second = "Second Signer " + unique();
		Instant registered = this.clock.instant();
		this.letters.registered(first, "US");
		this.letters.registered(second, "US");
		await().until(() -> this.pageChanges.lastChange().filter((time) -> !time.isBefore(registered)).isPresent());
		Letter letter = this.letters.open(LetterDraft.titled("Featured letter " + unique())
			.text("We write to ask for clean water in every school.\n\nThe second paragraph is longer.")
			.spanish("Carta destacada " + unique(), "Le escribimos para pedir agua limpia en cada escuela."));
		this.letters.sign(letter, organization(first, email()));
		this.editor.openForm("/admin/posts/new");
		assertThat(this.editor.get("/admin/posts/new").body()).contains(">" + letter.title() + "</option>");

		HttpResponse<String> published = this.editor.post("/admin/posts",
				PostFormData.pressRelease("Features a letter")
					.add("featuredLetterId", String.valueOf(letter.id()))
					.withAction("publish"));

		assertThat(published.statusCode()).isEqualTo(302);
		Post post = this.newsroom.find(AdminPages.idFrom(published)).orElseThrow();
		assertThat(post.content().featuredLetterId()).isEqualTo(letter.id());
		HttpResponse<String> page = this.web.anonymous().get(post.url());
		assertThat(page.statusCode()).isEqualTo(200);
		Element feature = Jsoup.parse(page.body()).selectFirst("section.featured-letter");
		assertThat(feature.selectFirst(".featured-letter__title a").text()).isEqualTo(letter.title());
		assertThat(feature.selectFirst(".featured-letter__excerpt").text())
			.isEqualTo("We write to ask for clean water in every school. The second paragraph is longer.");
		assertThat(feature.selectFirst(".featured-letter__count").text()).isEqualTo("One organisation has signed");
		assertThat(feature.select(".featured-letter__links a").eachAttr("href")).containsExactly(letter.url(),
				letter.url() + "#signatories-title");
		HtmlChecker.assertValid(page.body());
		String etag = page.headers().firstValue("ETag").orElseThrow();

		this.clock.advance(Duration.ofSeconds(1));
		this.letters.sign(letter, organization(second, email()));

		HttpResponse<String> again = this.web.anonymous().get(post.url(), "If-None-Match", etag);
		assertThat(again.statusCode()).as("the count changed").isEqualTo(200);
		assertThat(Jsoup.parse(again.body()).selectFirst(".featured-letter__count").text())
			.isEqualTo("2 organisations have signed");
		HttpResponse<String> form = this.editor.get("/admin/posts/" + post.id());
		assertThat(Jsoup.parse(form.body()).selectFirst("#featuredLetterId option[selected]").val())
			.isEqualTo(String.valueOf(letter.id()));
	}

	@Test
	void aSpanishReleaseShowsTheLettersSpanishText() {
		String spanishTitle = "Carta en español " + unique();
		Letter letter = this.letters.open(LetterDraft.titled("English title " + unique())
			.spanish(spanishTitle, "Pedimos una revisión independiente del agua."));
		this.editor.openForm("/admin/posts/new");
		HttpResponse<String> published = this.editor.post("/admin/posts",
				PostFormData.pressRelease("Comunicado")
					.set("language", "es")
					.add("featuredLetterId", String.valueOf(letter.id()))
					.withAction("publish"));
		Post post = this.newsroom.find(AdminPages.idFrom(published)).orElseThrow();

		Document page = Jsoup.parse(this.web.anonymous().language("es").get(post.url()).body());

		Element feature = page.selectFirst("section.featured-letter");
		assertThat(feature.selectFirst(".featured-letter__title").attr("lang")).isEqualTo("es");
		assertThat(feature.selectFirst(".featured-letter__title").text()).isEqualTo(spanishTitle);
		assertThat(feature.selectFirst(".featured-letter__excerpt").text())
			.isEqualTo("Pedimos una revisión independiente del agua.");
		assertThat(feature.selectFirst("h2").text()).isEqualTo("La carta");
	}

	@Test
	void aLetterThatIsNotPublicIsNotShownAndAnUnknownOneIsRefused() {
		Letter draft = this.letters.draft(LetterDraft.titled("Not public yet " + unique()));
		this.editor.openForm("/admin/posts/new");
		HttpResponse<String> published = this.editor.post("/admin/posts",
				PostFormData.pressRelease("Draft letter")
					.add("featuredLetterId", String.valueOf(draft.id()))
					.withAction("publish"));
		Post post = this.newsroom.find(AdminPages.idFrom(published)).orElseThrow();
		assertThat(Jsoup.parse(this.web.anonymous().get(post.url()).body()).selectFirst("section.featured-letter"))
			.isNull();

		HttpResponse<String> refused = this.editor.post("/admin/posts",
				PostFormData.pressRelease("Unknown letter")
					.add("featuredLetterId", String.valueOf(Long.MAX_VALUE))
					.withAction("save"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).selectFirst("#featuredLetterId-error").text())
			.isEqualTo("The chosen letter no longer exists. Please choose again.");
		HttpResponse<String> unreadable = this.editor.post("/admin/posts",
				PostFormData.pressRelease("Unreadable letter").add("featuredLetterId", "<script>").withAction("save"));
		assertThat(unreadable.statusCode()).isEqualTo(400);
		HtmlChecker.assertValid(unreadable.body());
	}

}
