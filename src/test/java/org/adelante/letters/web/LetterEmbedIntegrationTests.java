package org.adelante.letters.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Letters;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.letters.Signers;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.MovableClock;
import org.adelante.test.ReceivedMail;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter's embeddable page, as a partner's site frames it: compact (no site header or
 * navigation), its title linking to the letter in a new tab, its count and the goal its
 * milestones set, and the signing forms, which post inside the frame and lead to "check
 * your email" inside the frame, in the page's language; mistakes come back in the frame
 * with messages. It is cached like the letter's page, a closed letter says so, a draft
 * has none and a moved letter's redirects.
 */
@AdelanteIntegrationTest
class LetterEmbedIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Letters letters;

	@Autowired
	Signatures signatures;

	@Autowired
	MovableClock clock;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	LetterFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new LetterFixtures(this.context);
	}

	@Test
	void theEmbedShowsTheTitleLinkingToTheLetterTheCountTheNextGoalAndTheForms() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Embedded letter " + unique()).milestones("2, 5"));
		for (int i = 0; i < 3; i++) {
			this.fixtures.sign(letter, organization("Embedded signer " + unique(), email()));
		}

		HttpResponse<String> response = this.web.anonymous().get(letter.url() + "/embed");

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		Element title = page.selectFirst("h1 a");
		assertThat(title.ownText()).isEqualTo(letter.title());
		assertThat(title.attr("href")).isEqualTo(letter.url() + "?lang=en");
		assertThat(title.attr("target")).isEqualTo("_blank");
		assertThat(title.attr("rel")).isEqualTo("noopener");
		assertThat(page.selectFirst(".letter__count-main").text()).isEqualTo("More than 2 organisations have signed");
		assertThat(page.selectFirst(".embed__goal p").text()).isEqualTo("Next goal: 5 organisations");
		assertThat(page.selectFirst("progress").attr("max")).isEqualTo("5");
		assertThat(page.selectFirst("progress").attr("value")).isEqualTo("3");
		assertThat(page.select("form").eachAttr("action")).containsExactly(letter.url() + "/embed/sign?lang=en");
		assertThat(page.select("form input[name=_shown]")).hasSize(1);
		assertThat(page.select(".site-header, .site-footer, nav")).as("no site navigation in a frame").isEmpty();
		assertThat(page.select("a[target=_blank]"))
			.allSatisfy((link) -> assertThat(link.attr("rel")).isEqualTo("noopener"));
		assertThat(page.select("script")).isEmpty();
		HtmlChecker.assertValid(response.body());
	}

	@Test
	void onceTheLastGoalIsReachedTheEmbedSaysSo() {
		Letter letter = this.fixtures
			.open(LetterDraft.titled("Goal reached " + unique()).signers(Signers.INDIVIDUALS).milestones("1"));
		this.fixtures.sign(letter, LetterFixtures.individual("Ana Goal", email()));

		Document page = Jsoup.parse(this.web.anonymous().get(letter.url() + "/embed").body());

		assertThat(page.selectFirst(".letter__count-main").text()).isEqualTo("One person has signed");
		assertThat(page.selectFirst(".embed__goal p").text()).isEqualTo("Goal reached: one person");
		assertThat(page.select("progress")).isEmpty();
		assertThat(page.select("input[name=signer]").eachAttr("value")).containsExactly("individual");
	}

	@Test
	void signingInsideTheFrameLeadsToCheckYourEmailInsideTheFrameInThePagesLanguage() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Signed in a frame " + unique())
			.spanish("Firmada en un marco " + unique(), "Texto en español."));
		String email = email();
		String name = "Framed Friends " + unique();
		WebSession signer = this.web.anonymous();
		Document form = Jsoup.parse(signer.fillIn(letter.url() + "/embed?lang=es").body());
		String action = form.selectFirst("form").attr("action");
		assertThat(action).isEqualTo(letter.url() + "/embed/sign?lang=es");

		HttpResponse<String> sent = signer.post(action, framedPost(), organizationFields(name, email));

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(SigningIntegrationTests.location(sent)).isEqualTo(letter.url() + "/embed/check-email?lang=es");
		HttpResponse<String> checkEmail = signer.get(SigningIntegrationTests.location(sent));
		assertThat(checkEmail.statusCode()).isEqualTo(200);
		assertThat(checkEmail.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertFramable(checkEmail);
		Document checkPage = Jsoup.parse(checkEmail.body());
		assertThat(checkPage.selectFirst("h1").text()).isEqualTo("Revise su correo");
		assertThat(checkPage.select(".site-header, nav")).isEmpty();
		assertThat(checkPage.selectFirst("a[href=" + letter.url() + "/embed?lang=es]").text())
			.isEqualTo("Volver a la carta");
		HtmlChecker.assertValid(checkEmail.body());

		ReceivedMail mail = ReceivedMail.awaitFor(email);
		assertThat(mail.subject()).startsWith("Confirme su firma: Firmada en un marco");
		this.signatures.confirm(SigningLinks.in(mail).confirm().substring("/signatures/confirm/".length()));
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(1);
		assertThat(Jsoup.parse(this.web.anonymous().get(letter.url() + "/embed").body())
			.selectFirst(".letter__count-main")
			.text()).isEqualTo("One organisation has signed");
	}

	@Test
	void aFormWithMistakesComesBackInsideTheFrameWithItsMessagesAndWhatWasTyped() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Mistakes in a frame " + unique()));
		for (String language : List.of("en", "es")) {
			WebSession signer = this.web.anonymous();
			signer.fillIn(letter.url() + "/embed?lang=" + language);

			HttpResponse<String> sent = signer.post(letter.url() + "/embed/sign?lang=" + language, framedPost(),
					"signer", "organization", "organizationName", "Kept Name " + language, "name", "", "email",
					"not an email");

			assertThat(sent.statusCode()).as(language).isEqualTo(400);
			assertFramable(sent);
			Document page = Jsoup.parse(sent.body());
			assertThat(page.selectFirst(".error-summary")).as(language).isNotNull();
			assertThat(page.selectFirst("#organizationName").val()).isEqualTo("Kept Name " + language);
			assertThat(page.selectFirst("form").attr("action"))
				.isEqualTo(letter.url() + "/embed/sign?lang=" + language);
			assertThat(page.select(".site-header, nav")).isEmpty();
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
			HtmlChecker.assertValid(sent.body());
		}
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);
	}

	@Test
	void aSubmissionTooFastForAPersonGetsTheSameAnswerAndIsDropped() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Bots in a frame " + unique()));
		String email = email();
		WebSession bot = this.web.anonymous();
		bot.openForm(letter.url() + "/embed?lang=es");

		HttpResponse<String> sent = bot.post(letter.url() + "/embed/sign?lang=es", framedPost(),
				organizationFields("Too Fast " + unique(), email));

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(SigningIntegrationTests.location(sent)).isEqualTo(letter.url() + "/embed/check-email?lang=es");
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);
	}

	@Test
	void theEmbeddedFormCountsAgainstTheSigningFormsRateLimit() {
		Letter letter = this.fixtures.open(LetterDraft.titled("One allowance " + unique()));
		WebSession signer = this.web.anonymous();
		signer.openForm(letter.url() + "/embed");
		for (int i = 0; i < 5; i++) {
			assertThat(signer.post(letter.url() + "/sign", organizationFields("Burst " + i, email())).statusCode())
				.as("submission " + i)
				.isEqualTo(302);
		}

		HttpResponse<String> limited = signer.post(letter.url() + "/embed/sign?lang=en", framedPost(),
				organizationFields("One too many", email()));

		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertFramable(limited);
	}

	@Test
	void aClosedLetterSaysSoAndTakesNoSignatureFromTheFrame() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Closed in a frame " + unique()));
		WebSession late = this.web.anonymous();
		late.fillIn(letter.url() + "/embed");
		this.letters.closeNow(letter.id());

		HttpResponse<String> response = this.web.anonymous().get(letter.url() + "/embed");

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst(".letter__status").text()).startsWith("This letter closed on ");
		assertThat(page.selectFirst(".notice").text()).contains("no longer takes signatures");
		assertThat(page.select("form")).isEmpty();
		HtmlChecker.assertValid(response.body());

		HttpResponse<String> sent = late.post(letter.url() + "/embed/sign?lang=en", framedPost(),
				organizationFields("Too late " + unique(), email()));
		assertThat(sent.statusCode()).isEqualTo(410);
		assertThat(Jsoup.parse(sent.body()).selectFirst(".letter__status").text()).startsWith("This letter closed on ");
		assertFramable(sent);
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);
	}

	@Test
	void theEmbedIsInTheReadersLanguageAndLinksToTheOther() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Two languages " + unique())
			.spanish("Dos idiomas " + unique(), "Texto.")
			.signers(Signers.BOTH)
			.milestones(""));

		Document spanish = Jsoup.parse(this.web.anonymous().get(letter.url() + "/embed?lang=es").body());
		Document byHeader = Jsoup.parse(this.web.anonymous().language("es").get(letter.url() + "/embed").body());

		for (Document page : List.of(spanish, byHeader)) {
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo("es");
			assertThat(page.selectFirst("h1 a").ownText()).startsWith("Dos idiomas");
			assertThat(page.selectFirst("h1 a").attr("href")).isEqualTo(letter.url() + "?lang=es");
			assertThat(page.select(".letter__count p").eachText())
				.containsExactly("Aún no ha firmado ninguna organización", "Aún no ha firmado nadie a título personal");
			assertThat(page.select(".embed__goal")).as("no milestones, no goal").isEmpty();
			assertThat(page.select("form").eachAttr("action")).containsOnly(letter.url() + "/embed/sign?lang=es")
				.hasSize(2);
			Element other = page.selectFirst("a[hreflang=en]");
			assertThat(other.attr("href")).isEqualTo(letter.url() + "/embed?lang=en");
			assertThat(other.text()).isEqualTo("English");
		}
	}

	@Test
	void readersGetACacheablePageWithAFreshFormTokenAndAValidatorThatFollowsTheList() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Cached embed " + unique()));
		WebSession reader = this.web.anonymous();

		HttpResponse<String> first = reader.get(letter.url() + "/embed?lang=en");
		this.clock.advance(Duration.ofSeconds(5));
		HttpResponse<String> second = reader.get(letter.url() + "/embed?lang=en");

		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(first.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Language"));
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(second.headers().firstValue("ETag")).hasValue(etag);
		assertThat(token(second)).as("a fresh token for each reader").isNotEqualTo(token(first));
		assertThat(second.body().replace(token(second), "")).isEqualTo(first.body().replace(token(first), ""));
		HttpResponse<String> revalidated = reader.get(letter.url() + "/embed?lang=en", "If-None-Match", etag);
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertFramable(revalidated);

		this.fixtures.sign(letter, organization("Changes the count " + unique(), email()));
		HttpResponse<String> changed = reader.get(letter.url() + "/embed?lang=en", "If-None-Match", etag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(changed.body()).selectFirst(".letter__count-main").text())
			.isEqualTo("One organisation has signed");

		WebSession staff = this.web.signedIn(Role.ORGANISER);
		assertThat(staff.get(letter.url() + "/embed").headers().firstValue("Cache-Control"))
			.hasValue("private, no-store");
	}

	@Test
	void aDraftHasNoEmbedAndAMovedLetterSendsItsReadersOn() {
		Letter draft = this.fixtures.draft(LetterDraft.titled("Draft embed " + unique()));
		assertThat(this.web.anonymous().get(draft.url() + "/embed").statusCode()).isEqualTo(404);
		assertThat(this.web.anonymous().get(draft.url() + "/embed/check-email").statusCode()).isEqualTo(404);
		assertThat(this.web.anonymous().get("/letters/no-such-letter-" + unique() + "/embed").statusCode())
			.isEqualTo(404);

		Letter letter = this.fixtures.open(LetterDraft.titled("Moving embed " + unique()));
		String oldSlug = letter.slug();
		this.letters.update(letter.id(), letter.content().withSlug(oldSlug + "-moved"), letter.version());

		HttpResponse<String> moved = this.web.anonymous().language("es").get("/letters/" + oldSlug + "/embed");

		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(SigningIntegrationTests.location(moved)).isEqualTo("/letters/" + oldSlug + "-moved/embed?lang=es");
	}

	/** What a browser sends with a form in a frame that our site served. */
	private List<String> framedPost() {
		return List.of("Sec-Fetch-Site", "same-origin", "Origin", "http://localhost:" + this.port);
	}

	static void assertFramable(HttpResponse<?> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((policy) -> assertThat(policy)
				.endsWith("; frame-ancestors 'self' https://partners.test.adelante http://127.0.0.1:*"));
		assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
	}

	private static String token(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).selectFirst("input[name=_shown]").val();
	}

	private static String[] organizationFields(String name, String email) {
		return new String[] { "signer", "organization", "organizationName", name, "website", "", "city", "Tucson",
				"region", "Arizona", "country", "US", "scope", "LOCAL", "name", "Rosa Martínez", "title", "Director",
				"email", email, "phone", "", "comment", "", "attest", "true" };
	}

}
