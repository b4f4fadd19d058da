package org.adelante.newsroom.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.shared.security.Role;
import org.adelante.shared.web.SiteIdentity;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsroom's panel on the admin dashboard tells editors what is about to go out and
 * when, and which embargoed release nobody has scheduled.
 */
@AdelanteIntegrationTest
class NewsroomPanelIntegrationTests {

	@Autowired
	Newsroom newsroom;

	@Autowired
	MovableClock clock;

	@Autowired
	SiteIdentity site;

	@Autowired
	WebSessions web;

	NewsFixtures fixtures;

	@BeforeEach
	void setUp(ApplicationContext context) {
		this.fixtures = new NewsFixtures(context);
	}

	@Test
	void editorsSeeScheduledPostsAndUnscheduledEmbargoesWithTheirTimes() {
		Instant soon = this.clock.instant().plus(Duration.ofHours(3));
		Post scheduled = this.fixtures.draft(PostBuilder.pressRelease(NewsFixtures.unique("Panel scheduled")));
		this.newsroom.schedule(scheduled.id(), soon);
		Post embargoed = this.fixtures.draft(PostBuilder.pressRelease(NewsFixtures.unique("Panel embargoed"))
			.embargoedUntil(soon.plus(Duration.ofHours(1)), ZoneId.of("America/Mexico_City")));
		Post published = this.fixtures.publish(PostBuilder.post(PostKind.NEWS, NewsFixtures.unique("Panel published")));
		WebSession editor = this.fixtures.editor();

		String page = editor.get("/admin").body();

		Element panel = Jsoup.parse(page).getElementById("panel-newsroom").parent();
		assertThat(item(panel, scheduled)).as("scheduled post").isNotNull();
		assertThat(item(panel, scheduled).select("time").attr("datetime"))
			.isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME
				.format(soon.truncatedTo(ChronoUnit.SECONDS).atZone(this.site.zone())));
		assertThat(item(panel, scheduled).text()).contains("Goes out").doesNotContain("Not scheduled yet");
		assertThat(item(panel, embargoed).text()).contains("Embargoed until")
			.contains("CST")
			.contains("Not scheduled yet");
		assertThat(item(panel, published)).as("a published post is not about to go out").isNull();
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	@Test
	void staffWhoDoNotEditSeeNoNewsroomPanel() {
		Document organiser = Jsoup.parse(this.web.signedIn(Role.ORGANISER).get("/admin").body());
		assertThat(organiser.getElementById("panel-newsroom")).isNull();
		Document admin = Jsoup.parse(this.web.signedIn(Role.ADMIN).get("/admin").body());
		assertThat(admin.getElementById("panel-newsroom")).isNotNull();
	}

	private static Element item(Element panel, Post post) {
		Element link = panel.selectFirst("a[href=/admin/posts/" + post.id() + "]");
		return (link != null) ? link.parent() : null;
	}

}
