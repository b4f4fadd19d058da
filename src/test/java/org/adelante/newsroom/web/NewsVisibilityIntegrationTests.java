package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.PostStatus;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.WebSession;
import org.adelante.test.MovableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AdelanteIntegrationTest
class NewsVisibilityIntegrationTests {

	@Autowired
	Newsroom newsroom;

	@Autowired
	MovableClock clock;

	NewsFixtures fixtures;

	@BeforeEach
	void setUp(ApplicationContext context) {
		this.fixtures = new NewsFixtures(context);
	}

	@Test
	void aScheduledPostIsHiddenUntilItsTimeThenPublishedWithoutAnyRequest() throws Exception {
		Post post = this.fixtures.draft(PostBuilder.pressRelease("Scheduled release"));
		this.newsroom.schedule(post.id(), this.clock.instant().plus(Duration.ofHours(2)));

		assertNotPublic(post);
		HttpResponse<String> staffView = this.fixtures.editor().get(post.url());
		assertThat(staffView.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(staffView.body()).select(".embargo-banner").text())
			.startsWith("Not public yet — scheduled for ");
		assertThat(staffView.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		assertThat(staffView.headers().firstValue("ETag")).isEmpty();

		this.clock.advance(Duration.ofHours(2).plusSeconds(1));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.newsroom.find(post.id()).orElseThrow().status() == PostStatus.PUBLISHED);

		assertPublic(post);
	}

	@Test
	void anEmbargoedReleaseIsHiddenUntilItsEmbargoLifts() throws Exception {
		Instant until = this.clock.instant().plus(Duration.ofHours(5));
		Post release = this.fixtures.draft(
				PostBuilder.pressRelease("Embargoed release").embargoedUntil(until, ZoneId.of("America/Mexico_City")));
		this.newsroom.schedule(release.id(), until);

		assertNotPublic(release);
		HttpResponse<String> staffView = this.fixtures.editor().get(release.url());
		Document page = Jsoup.parse(staffView.body());
		assertThat(page.select(".embargo-banner").text()).startsWith("Not public yet — scheduled for ");
		assertThat(page.select(".release-line").text()).startsWith("Embargoed until ").endsWith(" CST");
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");

		this.clock.advance(Duration.ofHours(5).plusSeconds(1));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.newsroom.find(release.id()).orElseThrow().status() == PostStatus.PUBLISHED);

		assertPublic(release);
		assertThat(Jsoup.parse(this.fixtures.reader().get(release.url()).body()).select(".embargo-banner")).isEmpty();
	}

	@Test
	void draftsAndUnpublishedPostsAreNotFoundForReaders() throws Exception {
		Post draft = this.fixtures.draft(PostBuilder.post(PostKind.STATEMENT, "Draft statement"));
		Post withdrawn = this.fixtures.publish(PostBuilder.post(PostKind.NEWS, "Withdrawn news"));
		this.newsroom.unpublish(withdrawn.id());

		assertNotPublic(draft);
		assertNotPublic(withdrawn);

		WebSession staff = this.fixtures.editor();
		assertThat(Jsoup.parse(staff.get(draft.url()).body()).select(".embargo-banner").text())
			.startsWith("Not public yet — this post is a draft.");
		assertThat(Jsoup.parse(staff.get(withdrawn.url()).body()).select(".embargo-banner").text())
			.startsWith("Not public — this post was unpublished.");
	}

	@Test
	void anOldAddressRedirectsPermanentlyToTheCurrentOne() throws Exception {
		Post post = this.fixtures.publish(PostBuilder.post(PostKind.NEWS, "Renamed news"));
		String oldUrl = post.url();
		Post renamed = this.newsroom.update(post.id(), post.content().withSlug(post.slug() + "-renamed"),
				post.version());

		HttpResponse<String> response = this.fixtures.reader().get(oldUrl);

		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(renamed.url()).doesNotContain("?"));
		assertThat(this.fixtures.reader().get(renamed.url()).statusCode()).isEqualTo(200);

		this.newsroom.unpublish(post.id());
		assertThat(this.fixtures.reader().get(oldUrl).statusCode()).as("an unpublished post's old address")
			.isEqualTo(404);
	}

	private void assertNotPublic(Post post) throws Exception {
		HttpResponse<String> page = this.fixtures.reader().get(post.url());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found").doesNotContain(post.title());
		assertThat(this.fixtures.reader().get("/").body()).doesNotContain(post.title());
		assertThat(this.fixtures.reader().get("/news").body()).doesNotContain(post.title());
	}

	private void assertPublic(Post post) throws Exception {
		HttpResponse<String> page = this.fixtures.reader().get(post.url());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(Jsoup.parse(this.fixtures.reader().get("/").body()).select("a[href=" + post.url() + "]"))
			.isNotEmpty();
		assertThat(Jsoup.parse(this.fixtures.reader().get("/news").body()).select("a[href=" + post.url() + "]"))
			.isNotEmpty();
	}

}
