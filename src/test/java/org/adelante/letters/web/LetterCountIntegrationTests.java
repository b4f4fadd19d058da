package org.adelante.letters.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Letters;
import org.adelante.letters.Signers;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.individual;
import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /letters/{slug}/count.json}: a public letter's counts and milestones for
 * partners' counters, which any site may read (CORS open) and caches keep for a minute,
 * with a validator that follows the list; never a name or an address; a 404 problem for
 * letters that are not public.
 */
@AdelanteIntegrationTest
class LetterCountIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.shared();

	@Autowired
	WebSessions web;

	@Autowired
	Letters letters;

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
	void theCountGivesEachKindTheMilestonesAndTheLetterAndFollowsTheList() {
		Letter letter = this.fixtures
			.open(LetterDraft.titled("Counted letter " + unique()).signers(Signers.BOTH).milestones("2, 5"));
		String name = "Counted Coalition " + unique();
		String email = email();
		this.fixtures.sign(letter, organization(name, email));
		this.fixtures.sign(letter, organization("Second Counted " + unique(), email()));
		this.fixtures.sign(letter, individual("Person Counted " + unique(), email()));

		HttpResponse<String> response = this.web.anonymous().get(letter.url() + "/count.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode count = JSON.readTree(response.body());
		assertThat(count.propertyNames()).containsExactly("letter", "open", "count", "organizations", "individuals",
				"milestone", "url", "updatedAt");
		assertThat(count.get("letter").asString()).isEqualTo(letter.slug());
		assertThat(count.get("open").asBoolean()).isTrue();
		assertThat(count.get("count").asInt()).isEqualTo(3);
		assertThat(count.get("organizations").asInt()).isEqualTo(2);
		assertThat(count.get("individuals").asInt()).isEqualTo(1);
		assertThat(count.get("milestone").get("reached").asInt()).isEqualTo(2);
		assertThat(count.get("milestone").get("next").asInt()).isEqualTo(5);
		assertThat(count.get("url").asString()).isEqualTo("http://localhost" + letter.url());
		assertThat(Instant.parse(count.get("updatedAt").asString()))
			.isEqualTo(this.fixtures.reload(letter).listChangedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		assertThat(response.body()).as("no personal data").doesNotContain(name, email, "Rosa", "Person Counted");

		String etag = response.headers().firstValue("ETag").orElseThrow();
		this.fixtures.sign(letter, organization("Third Counted " + unique(), email()));
		HttpResponse<String> after = this.web.anonymous().get(letter.url() + "/count.json", "If-None-Match", etag);
		assertThat(after.statusCode()).as("a new validator once the list changed").isEqualTo(200);
		JsonNode changed = JSON.readTree(after.body());
		assertThat(changed.get("organizations").asInt()).isEqualTo(3);
		assertThat(changed.get("count").asInt()).isEqualTo(4);
		assertThat(changed.get("milestone").get("reached").asInt()).isEqualTo(2);
	}

	@Test
	void anySiteMayReadItAndCachesKeepItForAMinuteAndRevalidateIt() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Cached count " + unique()));

		HttpResponse<String> response = this.web.anonymous()
			.get(letter.url() + "/count.json", "Origin", "https://partner.example");

		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		String etag = response.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> unchanged = this.web.anonymous()
			.get(letter.url() + "/count.json", "If-None-Match", etag, "Origin", "https://partner.example");
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		assertThat(unchanged.headers().firstValue("ETag")).hasValue(etag);
		assertThat(unchanged.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(unchanged.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
	}

	@Test
	void aKindThatMayNotSignIsNullAndALetterWithoutMilestonesHasNone() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Organisations only " + unique()).milestones(""));
		this.fixtures.sign(letter, organization("Only Org " + unique(), email()));

		JsonNode count = JSON.readTree(this.web.anonymous().get(letter.url() + "/count.json").body());

		assertThat(count.get("organizations").asInt()).isEqualTo(1);
		assertThat(count.get("individuals").isNull()).isTrue();
		assertThat(count.get("milestone").get("reached").isNull()).isTrue();
		assertThat(count.get("milestone").get("next").isNull()).isTrue();
	}

	@Test
	void aClosedLetterIsCountedAndSaysItIsClosed() {
		Letter letter = this.fixtures.closed(LetterDraft.titled("Closed count " + unique()));

		JsonNode count = JSON.readTree(this.web.anonymous().get(letter.url() + "/count.json").body());

		assertThat(count.get("open").asBoolean()).isFalse();
		assertThat(count.get("count").asInt()).isZero();
	}

	@Test
	void aLetterThatIsNotPublicIsAProblemNotFound() {
		Letter draft = this.fixtures.draft(LetterDraft.titled("Draft count " + unique()));

		for (String path : java.util.List.of(draft.url() + "/count.json", "/letters/no-such-letter/count.json",
				"/letters/%3Cscript%3E/count.json", "/letters/" + "x".repeat(2000) + "/count.json")) {
			HttpResponse<String> response = this.web.anonymous().get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			JsonNode problem = JSON.readTree(response.body());
			assertThat(problem.get("status").asInt()).isEqualTo(404);
			assertThat(problem.get("detail").asString()).isEqualTo("There is no public letter at this address.");
			assertThat(response.body()).doesNotContain("Draft count");
		}
	}

	@Test
	void aMovedLetterSendsCountersOnToItsNewAddress() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Moving count " + unique()));
		this.letters.update(letter.id(), letter.content().withSlug(letter.slug() + "-new"), letter.version());

		HttpResponse<String> moved = this.web.anonymous().get(letter.url() + "/count.json");

		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(SigningIntegrationTests.location(moved)).isEqualTo(letter.url() + "-new/count.json");
	}

	@Test
	void aPreflightOrAnotherMethodIsNoServerError() throws Exception {
		Letter letter = this.fixtures.open(LetterDraft.titled("Preflight " + unique()));
		HttpClient client = HttpClient.newHttpClient();
		URI uri = URI.create("http://localhost:" + this.port + letter.url() + "/count.json");

		HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(uri)
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://partner.example")
			.header("Access-Control-Request-Method", "GET")
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> post = client.send(
				HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(post.statusCode()).as("a post without a CSRF token").isEqualTo(403);
	}

}
