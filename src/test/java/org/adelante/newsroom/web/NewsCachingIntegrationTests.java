package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.adelante.newsroom.MediaContact;
import org.adelante.newsroom.MediaContacts;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.organizations.Organization;
import org.adelante.organizations.OrganizationChanged;
import org.adelante.organizations.OrganizationDetails;
import org.adelante.organizations.Organizations;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MovableClock;
import org.adelante.test.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AdelanteIntegrationTest
class NewsCachingIntegrationTests {

	@Autowired
	MovableClock clock;

	NewsFixtures fixtures;

	@BeforeEach
	void setUp(ApplicationContext context) {
		this.fixtures = new NewsFixtures(context);
	}

	@Test
	void aPostPageCanBeRevalidatedByEtagOrDate() throws Exception {
		Post post = this.fixtures.publish(PostBuilder.pressRelease("Cached release"));

		HttpResponse<String> first = this.fixtures.reader().get(post.url());

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(first.headers().firstValue("Vary")).hasValueSatisfying(
				(vary) -> assertThat(vary).containsIgnoringCase("Accept-Language").containsIgnoringCase("Cookie"));
		assertThat(first.headers().firstValue("Set-Cookie")).as("a cacheable page sets no cookie").isEmpty();
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("W/\"");
		String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

		HttpResponse<String> byEtag = this.fixtures.reader().get(post.url(), "If-None-Match", etag);
		assertThat(byEtag.statusCode()).isEqualTo(304);
		assertThat(byEtag.body()).isEmpty();
		assertThat(byEtag.headers().firstValue("ETag")).hasValue(etag);

		HttpResponse<String> byDate = this.fixtures.reader().get(post.url(), "If-Modified-Since", lastModified);
		assertThat(byDate.statusCode()).isEqualTo(304);

		HttpResponse<String> otherEtag = this.fixtures.reader()
			.get(post.url(), "If-None-Match", "W/\"something-else\"");
		assertThat(otherEtag.statusCode()).isEqualTo(200);
	}

	@Test
	void aNotModifiedAnswerVariesByWhatThePageItConfirmsVariesBy() throws Exception {
		Post post = this.fixtures
			.publish(PostBuilder.pressRelease("Compressed release").body("A long paragraph to compress. ".repeat(200)));

		HttpResponse<byte[]> compressed = this.fixtures.reader().getBytes(post.url(), "Accept-Encoding", "gzip");
		assertThat(compressed.statusCode()).isEqualTo(200);
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(WebSession.vary(compressed)).containsExactlyInAnyOrder("accept-encoding", "accept-language",
				"cookie");
		String etag = compressed.headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> confirmed = this.fixtures.reader()
			.getBytes(post.url(), "Accept-Encoding", "gzip", "If-None-Match", etag);
		assertThat(confirmed.statusCode()).isEqualTo(304);
		assertThat(WebSession.vary(confirmed)).isEqualTo(WebSession.vary(compressed));

		HttpResponse<byte[]> plain = this.fixtures.reader().getBytes(post.url());
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(WebSession.vary(plain)).isEqualTo(WebSession.vary(compressed));
	}

	@Test
	void theEtagDependsOnTheLanguage() throws Exception {
		Post post = this.fixtures.publish(PostBuilder.post(PostKind.NEWS, "Bilingual cache"));

		String english = this.fixtures.reader().get(post.url()).headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> spanish = this.fixtures.reader()
			.get(post.url(), "Accept-Language", "es", "If-None-Match", english);

		assertThat(spanish.statusCode()).isEqualTo(200);
		assertThat(spanish.headers().firstValue("ETag")).isPresent().isNotEqualTo(english);
	}

	@Test
	void aNewPublicationChangesTheEtagOfAnOlderPost() throws Exception {
		Post older = this.fixtures.publish(PostBuilder.pressRelease("Older release"));
		String before = this.fixtures.reader().get(older.url()).headers().firstValue("ETag").orElseThrow();

		this.clock.advance(Duration.ofSeconds(2));
		Post newer = this.fixtures.publish(PostBuilder.pressRelease("Newer release"));

		HttpResponse<String> after = this.fixtures.reader().get(older.url(), "If-None-Match", before);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(before);
		assertThat(after.body()).contains(newer.url());
	}

	@Test
	void editingAMediaContactChangesTheEtagOfThePostsNamingIt(ApplicationContext context, Scenario scenario) {
		MediaContact contact = this.fixtures.contact();
		Post post = this.fixtures.publish(PostBuilder.pressRelease("Contact cache").contacts(contact.id()));
		String before = etag(post.url());

		this.clock.advance(Duration.ofSeconds(2));
		scenario
			.stimulate(() -> context.getBean(MediaContacts.class)
				.update(contact.id(),
						new MediaContact.Details(contact.name(), contact.title(), contact.email(), "+1 520 555 0199")))
			.andWaitForStateChange(() -> this.fixtures.reader().get(post.url(), "If-None-Match", before),
					(response) -> response.statusCode() == 200)
			.andVerify((response) -> assertThat(response.body()).contains("+1 520 555 0199"));
	}

	@Test
	void renamingAnIssuingOrganisationChangesTheEtagOfItsReleases(ApplicationContext context, Scenario scenario) {
		Organization issuer = this.fixtures.organization("Renamed Issuers");
		Post post = this.fixtures.publish(PostBuilder.pressRelease("Issuer cache").issuers(issuer.id()));
		String before = etag(post.url());
		String renamed = issuer.name() + " Coalition";

		this.clock.advance(Duration.ofSeconds(2));
		scenario
			.stimulate(() -> context.getBean(Organizations.class)
				.update(issuer.id(),
						new OrganizationDetails(renamed, issuer.acronym(), issuer.website(), issuer.city(),
								issuer.region(), issuer.country())))
			.andWaitForEventOfType(OrganizationChanged.class)
			.matching((event) -> event.organizationId() == issuer.id())
			.toArriveAndVerify((event) -> await().untilAsserted(() -> {
				HttpResponse<String> after = this.fixtures.reader().get(post.url(), "If-None-Match", before);
				assertThat(after.statusCode()).isEqualTo(200);
				assertThat(after.body()).contains(renamed);
			}));
	}

	private String etag(String path) {
		return this.fixtures.reader().get(path).headers().firstValue("ETag").orElseThrow();
	}

	@Test
	void homeAndListsCanBeRevalidated() throws Exception {
		this.fixtures.publish(PostBuilder.post(PostKind.NEWS, "Listed news").tags("Cached lists"));
		for (String path : new String[] { "/", "/news", "/news?kind=news", "/news/tag/cached-lists" }) {
			HttpResponse<String> first = this.fixtures.reader().get(path);
			assertThat(first.statusCode()).as(path).isEqualTo(200);
			assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=60");
			String etag = first.headers().firstValue("ETag").orElseThrow();
			String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
			assertThat(this.fixtures.reader().get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
			assertThat(this.fixtures.reader().get(path, "If-Modified-Since", lastModified).statusCode()).as(path)
				.isEqualTo(304);
		}
		String home = this.fixtures.reader().get("/").headers().firstValue("ETag").orElseThrow();
		String archive = this.fixtures.reader().get("/news").headers().firstValue("ETag").orElseThrow();
		assertThat(home).isNotEqualTo(archive);
	}

	@Test
	void staffPagesAreNeverCached() throws Exception {
		Post post = this.fixtures.publish(PostBuilder.post(PostKind.NEWS, "Staff cache"));
		String etag = this.fixtures.reader().get(post.url()).headers().firstValue("ETag").orElseThrow();
		WebSession staff = this.fixtures.editor();

		for (String path : new String[] { "/", "/news", post.url() }) {
			HttpResponse<String> response = staff.get(path, "If-None-Match", etag);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("private, no-store");
			assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
		}
	}

}
