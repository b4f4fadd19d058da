package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostStatus;
import org.adelante.newsroom.ReleaseMode;
import org.adelante.shared.security.Role;
import org.adelante.shared.web.SiteIdentity;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.MovableClock;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing, scheduling, embargoes, corrections, unpublishing and deleting through the
 * admin form's buttons.
 */
@AdelanteIntegrationTest
class PostAdmin_PublishingIntegrationTests {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

	@Autowired
	WebSessions web;

	@Autowired
	Newsroom newsroom;

	@Autowired
	MovableClock clock;

	@Autowired
	ObjectProvider<SiteIdentity> site;

	WebSession editor;

	@BeforeEach
	void signIn() {
		this.editor = this.web.signedIn(Role.EDITOR);
	}

	@Test
	void publishNowMakesThePostPublic() {
		PostFormData data = PostFormData.pressRelease("Publish me");
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("publish"));
		assertThat(response.statusCode()).isEqualTo(302);
		long id = AdminPages.idFrom(response);
		Post post = this.newsroom.find(id).orElseThrow();
		assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(this.newsroom.findPublic(post.slug())).isPresent();

		String page = this.editor.get("/admin/posts/" + id).body();
		assertThat(page).contains("Published.")
			.contains("value=\"unpublish\"")
			.doesNotContain("value=\"publish\"")
			.contains("Corrections")
			.doesNotContain("/admin/posts/" + id + "/delete");
		HtmlChecker.assertValid(page);
	}

	@Test
	void publishingNeedsABody() {
		PostFormData data = PostFormData.pressRelease("No body").set("body", "  ");
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("publish"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("href=\"#body\"")
			.contains("aria-describedby=\"body-hint body-error\"")
			.contains("value=\"" + data.get("title") + "\"");
		assertThat(this.newsroom.all(null, data.get("title"), 1, 10).total()).isZero();
		HtmlChecker.assertValid(response.body());
	}

	@Test
	void schedulingPublishesLaterAtATimeInTheOrganisationsZone() {
		ZoneId zone = this.site.getIfAvailable(() -> SiteIdentity.DEFAULT).zone();
		LocalDateTime local = LocalDateTime.ofInstant(this.clock.instant().plus(Duration.ofDays(3)), zone)
			.truncatedTo(ChronoUnit.MINUTES);
		PostFormData data = PostFormData.pressRelease("Later").set("publishAt", LOCAL.format(local));
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("schedule"));
		assertThat(response.statusCode()).isEqualTo(302);
		long id = AdminPages.idFrom(response);

		Post post = this.newsroom.find(id).orElseThrow();
		assertThat(post.status()).isEqualTo(PostStatus.SCHEDULED);
		assertThat(post.publishedAt()).isEqualTo(local.atZone(zone).toInstant());
		assertThat(this.newsroom.findPublic(post.slug())).isEmpty();

		String page = this.editor.get("/admin/posts/" + id).body();
		assertThat(page).contains("Scheduled for ")
			.contains("value=\"" + LOCAL.format(local) + "\"")
			.contains("value=\"revert\"");
		HtmlChecker.assertValid(page);

		data.set("version", version(id));
		assertThat(this.editor.post("/admin/posts/" + id, data.withAction("revert")).statusCode()).isEqualTo(302);
		Post reverted = this.newsroom.find(id).orElseThrow();
		assertThat(reverted.status()).isEqualTo(PostStatus.DRAFT);
		assertThat(reverted.publishedAt()).isNull();
	}

	@Test
	void theScheduledNoticeSpeaksTheEditorsLanguage() {
		LocalDateTime local = LocalDateTime.ofInstant(this.clock.instant().plus(Duration.ofDays(5)), zone())
			.truncatedTo(ChronoUnit.MINUTES);
		PostFormData data = PostFormData.pressRelease("Programada").set("publishAt", LOCAL.format(local));
		this.editor.language("es");
		long id = AdminPages.idFrom(this.editor.post("/admin/posts", data.withAction("schedule")));
		String page = this.editor.get("/admin/posts/" + id).body();
		assertThat(page).contains("<html lang=\"es\">").contains("Programada para el ");
	}

	@Test
	void schedulingNeedsATime() {
		PostFormData data = PostFormData.pressRelease("When");
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("schedule"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Enter the date and time to publish at.").contains("href=\"#publishAt\"");
	}

	@Test
	void anEmbargoIsReadInItsOwnZoneAndBlocksPublishingNow() {
		LocalDateTime embargoEnds = LocalDateTime.ofInstant(this.clock.instant().plus(Duration.ofDays(2)), PHOENIX)
			.truncatedTo(ChronoUnit.MINUTES);
		PostFormData data = PostFormData.pressRelease("Embargoed")
			.set("releaseMode", "EMBARGOED")
			.set("embargoUntil", LOCAL.format(embargoEnds))
			.set("embargoZone", PHOENIX.getId());
		HttpResponse<String> refused = this.editor.post("/admin/posts", data.withAction("publish"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("This release is embargoed until a later time")
			.contains("href=\"#embargoUntil\"")
			.contains("Your changes have been saved")
			.contains("value=\"" + LOCAL.format(embargoEnds) + "\"")
			.containsPattern("<option value=\"America/Phoenix\" selected>America/Phoenix</option>");
		HtmlChecker.assertValid(refused.body());

		Post saved = this.newsroom.all(null, data.get("title"), 1, 10)
			.items()
			.stream()
			.findFirst()
			.flatMap((summary) -> this.newsroom.find(summary.id()))
			.orElseThrow();
		assertThat(saved.status()).isEqualTo(PostStatus.DRAFT);
		assertThat(saved.content().releaseMode()).isEqualTo(ReleaseMode.EMBARGOED);
		assertThat(saved.content().embargoZone()).isEqualTo(PHOENIX);
		Instant embargo = embargoEnds.atZone(PHOENIX).toInstant();
		assertThat(saved.content().embargoUntil()).isEqualTo(embargo);

		data.set("version", version(saved.id()));
		HttpResponse<String> scheduled = this.editor.post("/admin/posts/" + saved.id(), data.withAction("schedule"));
		assertThat(scheduled.statusCode()).isEqualTo(302);
		Post post = this.newsroom.find(saved.id()).orElseThrow();
		assertThat(post.status()).isEqualTo(PostStatus.SCHEDULED);
		assertThat(post.publishedAt()).isEqualTo(embargo);
	}

	@Test
	void anEmbargoedReleaseCannotBeScheduledBeforeItsEmbargoEnds() {
		Instant now = this.clock.instant();
		PostFormData data = PostFormData.pressRelease("Too early")
			.set("releaseMode", "EMBARGOED")
			.set("embargoUntil", LOCAL.format(LocalDateTime.ofInstant(now.plus(Duration.ofDays(2)), PHOENIX)))
			.set("embargoZone", PHOENIX.getId())
			.set("publishAt", LOCAL.format(LocalDateTime.ofInstant(now.plus(Duration.ofDays(1)), zone())));
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("schedule"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("The publication time cannot be before the embargo ends.");
	}

	@Test
	void anEmbargoNeedsItsEndTime() {
		PostFormData data = PostFormData.pressRelease("Embargo without time").set("releaseMode", "EMBARGOED");
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("save"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("An embargoed release needs the date, time and time zone")
			.containsPattern("id=\"releaseMode-EMBARGOED\"[^>]*checked");
	}

	@Test
	void aCorrectionIsShownAndMovesTheModifiedDate() {
		PostFormData data = PostFormData.pressRelease("To correct");
		long id = AdminPages.idFrom(this.editor.post("/admin/posts", data.withAction("publish")));
		Post published = this.newsroom.find(id).orElseThrow();
		this.clock.advance(Duration.ofMinutes(5));

		data.set("version", version(id)).set("correctionNote", "An earlier version misspelt the city.");
		HttpResponse<String> corrected = this.editor.post("/admin/posts/" + id, data.withAction("correct"));
		assertThat(corrected.statusCode()).isEqualTo(302);
		Post post = this.newsroom.find(id).orElseThrow();
		assertThat(post.correctionNote()).isEqualTo("An earlier version misspelt the city.");
		assertThat(post.modifiedAt()).isAfter(published.modifiedAt());
		assertThat(post.wasModified()).isTrue();
		assertThat(post.publishedAt()).isEqualTo(published.publishedAt());

		String page = this.editor.get("/admin/posts/" + id).body();
		assertThat(page).contains("Correction added.").contains("An earlier version misspelt the city.");
		HtmlChecker.assertValid(page);
	}

	@Test
	void aCorrectionNeedsANote() {
		PostFormData data = PostFormData.pressRelease("Empty correction");
		long id = AdminPages.idFrom(this.editor.post("/admin/posts", data.withAction("publish")));
		data.set("version", version(id));
		HttpResponse<String> response = this.editor.post("/admin/posts/" + id, data.withAction("correct"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("href=\"#correctionNote\"");
		assertThat(this.newsroom.find(id).orElseThrow().correctionNote()).isNull();
	}

	@Test
	void unpublishingTakesThePostOffTheSiteAndItCanThenBeDeleted() {
		PostFormData data = PostFormData.pressRelease("Take down");
		long id = AdminPages.idFrom(this.editor.post("/admin/posts", data.withAction("publish")));
		String slug = this.newsroom.find(id).orElseThrow().slug();

		data.set("version", version(id));
		HttpResponse<String> response = this.editor.post("/admin/posts/" + id, data.withAction("unpublish"));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(this.newsroom.find(id).orElseThrow().status()).isEqualTo(PostStatus.UNPUBLISHED);
		assertThat(this.newsroom.findPublic(slug)).isEmpty();
		String page = this.editor.get("/admin/posts/" + id).body();
		assertThat(page).contains("Unpublished: the post is no longer on the site.")
			.contains("/admin/posts/" + id + "/delete");

		HttpResponse<String> confirm = this.editor.get("/admin/posts/" + id + "/delete");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("Delete this post for good?");
		HtmlChecker.assertValid(confirm.body());

		HttpResponse<String> deleted = this.editor.post("/admin/posts/" + id + "/delete");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(this.newsroom.find(id)).isEmpty();
		assertThat(this.editor.get("/admin/posts").body()).contains("Post deleted: " + data.get("title"));
	}

	@Test
	void aPublicPostIsNotDeleted() {
		long id = AdminPages
			.idFrom(this.editor.post("/admin/posts", PostFormData.pressRelease("Stays").withAction("publish")));
		HttpResponse<String> confirm = this.editor.get("/admin/posts/" + id + "/delete");
		assertThat(confirm.body()).contains("Unpublish this post before deleting it.")
			.doesNotContain("Yes, delete this post");

		HttpResponse<String> refused = this.editor.post("/admin/posts/" + id + "/delete");
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(this.newsroom.find(id)).isPresent();
	}

	@Test
	void aRepostNeedsItsSourceToBePublished() {
		PostFormData data = PostFormData.pressRelease("Reposted").set("kind", "REPOST");
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("publish"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Choose the organisation that first issued this release.")
			.contains("href=\"#repostUrl\"")
			.containsPattern("<details class=\"repost\" open");
	}

	private ZoneId zone() {
		return this.site.getIfAvailable(() -> SiteIdentity.DEFAULT).zone();
	}

	private String version(long id) {
		return String.valueOf(this.newsroom.find(id).orElseThrow().version());
	}

}
