package org.adelante.letters.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.letters.Signers;
import org.adelante.shared.web.protection.FormGuard;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.ReceivedMail;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signing form against bad input and bots: missing and oversized fields come back
 * with messages and everything typed, script is shown as text, unreadable requests are a
 * 400, a closed letter a 410, a bot (honeypot filled, or too fast) gets the ordinary
 * answer while nothing is stored or sent, a flood from one address a 429 with
 * {@code Retry-After}, and a submission another site makes a browser send a 403. Signing
 * opens no session: the form carries no CSRF token, so the letter's page can be cached.
 */
@AdelanteIntegrationTest
class Signing_BadInputIntegrationTests {

	private static final String SCRIPT = "<script>alert('signed')</script>";

	@Autowired
	WebSessions web;

	@Autowired
	Signatures signatures;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	LetterFixtures fixtures;

	Letter letter;

	@BeforeEach
	void openLetter() {
		this.fixtures = new LetterFixtures(this.context);
		this.letter = this.fixtures.open(LetterDraft.titled("Bad input " + unique()).signers(Signers.BOTH));
	}

	@Test
	void aMissingAttestationComesBackWithAMessageAtTheTopAndByTheFieldAndTheInputKept() {
		String name = "Forgetful Friends " + unique();
		Map<String, String> fields = organization(name, email());
		fields.remove("attest");

		HttpResponse<String> sent = fillInAndSend(this.web.anonymous(), fields);

		assertThat(sent.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(sent.body());
		assertThat(page.select(".error-summary a").eachText())
			.containsExactly("Please confirm that you may sign on behalf of this organisation.");
		assertThat(page.selectFirst(".error-summary a").attr("href")).isEqualTo("#attest");
		assertThat(page.selectFirst("#attest-error").text())
			.isEqualTo("Please confirm that you may sign on behalf of this organisation.");
		assertThat(page.selectFirst("#organizationName").val()).isEqualTo(name);
		assertThat(page.selectFirst("#comment").text()).isEqualTo("Count us in.");
		assertThat(page.selectFirst("#country option[selected]").val()).isEqualTo("US");
		assertThat(this.signatures.counts(this.letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);
	}

	@Test
	void requiredFieldsAndMalformedValuesAreNamedInTheSignersLanguage() {
		Map<String, String> fields = organization("", "not-an-email");
		fields.put("name", " ");
		fields.put("website", "javascript:alert(1)");
		fields.put("country", "XX");
		fields.put("scope", "GALACTIC");
		fields.put("phone", "call me");

		HttpResponse<String> sent = fillInAndSend(this.web.anonymous().language("es"), fields);

		assertThat(sent.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(sent.body());
		assertThat(page.selectFirst("#organizationName-error").text()).isEqualTo("Complete este campo.");
		assertThat(page.selectFirst("#name-error").text()).isEqualTo("Complete este campo.");
		assertThat(page.selectFirst("#email-error").text())
			.isEqualTo("Escriba una dirección de correo como nombre@ejemplo.org.");
		assertThat(page.selectFirst("#website-error").text()).startsWith("Escriba una dirección web completa");
		assertThat(page.selectFirst("#country-error").text()).isEqualTo("Elija una de las opciones.");
		assertThat(page.selectFirst("#scope-error").text()).isEqualTo("Elija una de las opciones.");
		assertThat(page.selectFirst("#phone-error")).isNotNull();
		assertThat(page.selectFirst("#website").val()).isEqualTo("javascript:alert(1)");
	}

	@Test
	void aPersonsFormShowsItsMessagesByItsOwnFields() {
		HttpResponse<String> sent = fillInAndSend(this.web.anonymous(),
				new LinkedHashMap<>(Map.of("signer", "individual", "name", "", "email", "nope")));

		assertThat(sent.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(sent.body());
		assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#individual-name",
				"#individual-email");
		assertThat(page.selectFirst("#individual-name-error").text()).isEqualTo("Please fill this in.");
		assertThat(page.selectFirst("#individual-email").val()).isEqualTo("nope");
		assertThat(page.selectFirst("#organizationName-error")).isNull();
		HtmlChecker.assertValid(sent.body());
	}

	@Test
	void oversizedFieldsAreRefusedWithTheirLimits() {
		Map<String, String> fields = organization("o".repeat(201), email());
		fields.put("name", "n".repeat(201));
		fields.put("title", "t".repeat(201));
		fields.put("city", "😀".repeat(101));
		fields.put("region", "r".repeat(101));
		fields.put("website", "https://example.org/" + "p".repeat(300));
		fields.put("phone", "1".repeat(41));
		fields.put("comment", "c".repeat(1001));

		HttpResponse<String> sent = fillInAndSend(this.web.anonymous(), fields);

		assertThat(sent.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(sent.body());
		assertThat(page.selectFirst("#organizationName-error").text())
			.isEqualTo("Please keep this to 200 characters or fewer.");
		assertThat(page.selectFirst("#city-error").text()).isEqualTo("Please keep this to 100 characters or fewer.");
		for (String field : List.of("name", "title", "region", "website", "phone", "comment")) {
			assertThat(page.selectFirst("#" + field + "-error")).as(field).isNotNull();
		}
		assertThat(this.signatures.counts(this.letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);
	}

	@Test
	void scriptInEveryFieldIsShownAsTextOnTheFormAndOnTheLetter() {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String field : List.of("organizationName", "website", "city", "region", "country", "scope", "name",
				"title", "phone", "comment")) {
			fields.put(field, SCRIPT);
		}
		fields.put("signer", "organization");
		fields.put("email", SCRIPT + "@example.org");
		fields.put("attest", SCRIPT);

		HttpResponse<String> refused = fillInAndSend(this.web.anonymous(), fields);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).doesNotContain(SCRIPT);
		assertThat(Jsoup.parse(refused.body()).select("script")).isEmpty();
		assertThat(Jsoup.parse(refused.body()).selectFirst("#organizationName").val()).isEqualTo(SCRIPT);
		HtmlChecker.assertValid(refused.body());

		String email = email();
		Map<String, String> accepted = organization(SCRIPT + " " + unique(), email);
		accepted.put("city", SCRIPT);
		accepted.put("title", SCRIPT);
		accepted.put("comment", SCRIPT);
		WebSession signer = this.web.anonymous();
		assertThat(fillInAndSend(signer, accepted).statusCode()).isEqualTo(302);
		ReceivedMail mail = ReceivedMail.awaitFor(email);
		assertThat(mail.html()).doesNotContain(SCRIPT).contains("&lt;script&gt;");
		SigningLinks links = SigningLinks.in(mail);
		signer.openForm(links.confirm());
		signer.post(links.confirm());
		String page = this.web.anonymous().get(this.letter.url()).body();
		assertThat(page).doesNotContain(SCRIPT).contains("&lt;script&gt;alert");
		assertThat(Jsoup.parse(page).select("script")).isEmpty();
	}

	@Test
	void anUnreadableFormOrAddressIsABadRequest() {
		WebSession signer = this.web.anonymous();
		signer.fillIn(this.letter.url());

		HttpResponse<String> body = signer.postEncoded(this.letter.url() + "/sign",
				"signer=organization&organizationName=%FF%FE&email=a%40example.org");

		assertThat(body.statusCode()).isEqualTo(400);
		assertThat(this.web.anonymous().get(this.letter.url() + "?lang=%C3%28").statusCode()).isEqualTo(400);
		assertThat(this.web.anonymous().get("/letters?page=%ED%A0%80").statusCode()).isEqualTo(400);
		assertThat(this.web.anonymous().get("/letters?page=abc").statusCode()).isEqualTo(404);
		assertThat(this.signatures.counts(this.letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);
	}

	@Test
	void aClosedLetterRefusesSignaturesWithAClearPage() {
		Letter closed = this.fixtures.closed(LetterDraft.titled("Closed to signing " + unique()));
		WebSession signer = this.web.anonymous();
		signer.fillIn(this.letter.url());

		HttpResponse<String> sent = signer.post(closed.url() + "/sign",
				flatten(organization("Late " + unique(), email())));

		assertThat(sent.statusCode()).isEqualTo(410);
		assertThat(Jsoup.parse(sent.body()).selectFirst("h1").text())
			.isEqualTo("This letter no longer takes signatures");
		assertThat(this.signatures.counts(closed.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);
	}

	@Test
	void aBotThatFillsTheHoneypotGetsTheOrdinaryAnswerAndNothingIsStoredOrSent() {
		String email = email();
		Map<String, String> fields = organization("Bot Brigade " + unique(), email);
		fields.put(FormGuard.HONEYPOT_FIELD, "https://spam.example");

		HttpResponse<String> sent = fillInAndSend(this.web.anonymous(), fields);

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(SigningIntegrationTests.location(sent)).endsWith(this.letter.url() + "/check-email");
		assertThat(this.signatures.counts(this.letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);
		assertThat(ReceivedMail.allFor(email)).isEmpty();
	}

	@Test
	void aBotThatSendsTheFormAtOnceGetsTheOrdinaryAnswerAndNothingIsStoredOrSent() {
		String email = email();
		WebSession bot = this.web.anonymous();
		bot.openForm(this.letter.url());

		HttpResponse<String> sent = bot.post(this.letter.url() + "/sign",
				flatten(organization("Fast " + unique(), email)));

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(SigningIntegrationTests.location(sent)).endsWith(this.letter.url() + "/check-email");
		assertThat(this.signatures.counts(this.letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);
		assertThat(ReceivedMail.allFor(email)).isEmpty();
	}

	@Test
	void aFloodFromOneAddressIsRefusedWithRetryAfter() {
		WebSession flooder = this.web.anonymous();
		flooder.fillIn(this.letter.url());
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			statuses
				.add(flooder.post(this.letter.url() + "/sign", flatten(organization("Flood " + i + unique(), email())))
					.statusCode());
		}

		HttpResponse<String> refused = flooder.post(this.letter.url() + "/sign",
				flatten(organization("One too many " + unique(), email())));

		assertThat(statuses).containsOnly(302);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(refused.body()).contains("Too many attempts");
		assertThat(fillInAndSend(this.web.anonymous(), organization("Neighbour " + unique(), email())).statusCode())
			.as("another address")
			.isEqualTo(302);
	}

	@Test
	void aSubmissionAnotherSiteMakesABrowserSendIsForbiddenAndSigningOpensNoSession() {
		HttpResponse<String> page = this.web.anonymous().get(this.letter.url());
		assertThat(page.headers().allValues("Set-Cookie")).as("cookies the letter page sets").isEmpty();
		assertThat(page.body()).doesNotContain("name=\"_csrf\"");
		WebSession signer = this.web.anonymous();
		signer.fillIn(this.letter.url());
		String path = this.letter.url() + "/sign";
		String[] fields = flatten(organization("Sent from elsewhere " + unique(), email()));

		assertThat(signer.post(path, List.of("Sec-Fetch-Site", "cross-site"), fields).statusCode()).isEqualTo(403);
		assertThat(signer.post(path, List.of("Sec-Fetch-Site", "same-site"), fields).statusCode()).isEqualTo(403);
		assertThat(signer.post(path, List.of("Origin", "https://elsewhere.example"), fields).statusCode())
			.isEqualTo(403);
		assertThat(this.signatures.counts(this.letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);
		assertThat(this.web.anonymous()
			.post("/signatures/confirm/" + "a".repeat(43), List.of("Sec-Fetch-Site", "cross-site"))
			.statusCode()).isEqualTo(403);

		HttpResponse<String> own = signer.post(path,
				List.of("Sec-Fetch-Site", "same-origin", "Origin", "http://localhost:" + this.port), fields);
		assertThat(own.statusCode()).isEqualTo(302);
		assertThat(own.headers().allValues("Set-Cookie")).as("cookies signing sets").isEmpty();
		assertThat(this.signatures.counts(this.letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 1L);
	}

	@Test
	void aFormThatNamesNoKindOfSignerIsRefused() {
		Map<String, String> fields = organization("Unknown kind " + unique(), email());
		fields.put("signer", "robot");

		HttpResponse<String> sent = fillInAndSend(this.web.anonymous(), fields);

		assertThat(sent.statusCode()).isEqualTo(400);
		assertThat(sent.body()).contains("Please use one of the forms on this page.");
	}

	private HttpResponse<String> fillInAndSend(WebSession signer, Map<String, String> fields) {
		signer.fillIn(this.letter.url());
		return signer.post(this.letter.url() + "/sign", flatten(fields));
	}

	private static Map<String, String> organization(String name, String email) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("signer", "organization");
		fields.put("organizationName", name);
		fields.put("website", "");
		fields.put("city", "Tucson");
		fields.put("region", "Arizona");
		fields.put("country", "US");
		fields.put("scope", "LOCAL");
		fields.put("name", "Rosa Martínez");
		fields.put("title", "Director");
		fields.put("email", email);
		fields.put("phone", "");
		fields.put("comment", "Count us in.");
		fields.put("attest", "true");
		return fields;
	}

	private static String[] flatten(Map<String, String> fields) {
		List<String> flat = new ArrayList<>();
		fields.forEach((name, value) -> {
			flat.add(name);
			flat.add(value);
		});
		return flat.toArray(String[]::new);
	}

}
