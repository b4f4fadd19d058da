package org.adelante.tips;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.adelante.accounts.AuditLog;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.PostContent;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.PostPublished;
import org.adelante.shared.security.Role;
import org.adelante.shared.web.protection.FormGuard;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.ReceivedMail;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The tips module, which no other module knows of, has everything a module needs: its
 * staff page is secured by its own rules and listed in the admin navigation, its public
 * form is guarded, it sends email through the outbox, the audit log records its events,
 * and it reacts to the newsroom's events.
 */
@AdelanteIntegrationTest
class TipsModuleIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Tips tips;

	@Autowired
	AuditLog audit;

	@Autowired
	Newsroom newsroom;

	@Test
	void itsStaffPageFollowsItsOwnRulesAndIsListedInTheNavigation() {
		assertThat(this.web.anonymous().get("/admin/tips").statusCode()).isEqualTo(302);
		assertThat(this.web.signedIn(Role.FUNDRAISER).get("/admin/tips").statusCode()).isEqualTo(403);

		HttpResponse<String> page = this.web.signedIn(Role.EDITOR).get("/admin/tips");
		assertThat(page.statusCode()).isEqualTo(200);
		Element link = Jsoup.parse(page.body()).selectFirst("nav.admin-sidebar a[href=/admin/tips]");
		assertThat(link).isNotNull();
		assertThat(link.text()).isEqualTo("Tips");
		assertThat(link.attr("aria-current")).isEqualTo("page");
		assertThat(link.closest(".admin-nav__group").selectFirst(".admin-nav__area").text()).isEqualTo("Newsroom");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
	}

	@Test
	void aReaderSendsATipIsEmailedAConfirmationAndTheAuditLogRecordsIt() {
		String email = unique() + "@example.org";
		WebSession reader = this.web.anonymous();
		reader.fillIn("/tips");

		HttpResponse<String> sent = reader.post("/tips", "name", "Rosa", "email", email, "text",
				"The water board meets on Thursday.");

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/tips/thanks"));
		Tip tip = this.tips.latest(10)
			.stream()
			.filter((candidate) -> candidate.email().equals(email))
			.findFirst()
			.orElseThrow();
		assertThat(tip.text()).isEqualTo("The water board meets on Thursday.");
		assertThat(ReceivedMail.awaitFor(email).subject()).isEqualTo("We received your tip");
		await()
			.untilAsserted(() -> assertThat(this.audit.forSubject("tip", tip.id())).extracting(AuditLog.Entry::action)
				.containsExactly("tip.received"));
	}

	@Test
	void aBotsTipIsAnsweredLikeAnyOtherAndDropped() {
		String email = unique() + "@example.org";
		WebSession bot = this.web.anonymous();
		bot.fillIn("/tips");

		HttpResponse<String> sent = bot.post("/tips", "name", "Bot", "email", email, "text", "Buy now",
				FormGuard.HONEYPOT_FIELD, "https://spam.example");

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/tips/thanks"));
		assertThat(this.tips.latest(50)).extracting(Tip::email).doesNotContain(email);
		assertThat(ReceivedMail.allFor(email)).isEmpty();
	}

	@Test
	void badInputComesBackWithMessagesInTheReadersLanguage() {
		WebSession reader = this.web.anonymous().language("es");
		reader.fillIn("/tips");

		HttpResponse<String> sent = reader.post("/tips", "name", "\u0001\u0002", "email", "no-es-un-correo", "text",
				"x".repeat(this.tips.maxLength() + 1));

		assertThat(sent.statusCode()).isEqualTo(400);
		assertThat(sent.body()).contains("<a href=\"#name\">Complete este campo.</a>")
			.contains("<a href=\"#email\">Escriba una dirección de correo como nombre@ejemplo.org.</a>")
			.contains("<a href=\"#text\">Use como máximo 2.000 caracteres.</a>");
		assertThat(HtmlChecker.errors(sent.body())).isEmpty();
	}

	@Test
	void theFormAsksAboutTheNewsroomsLatestRelease(Scenario scenario) {
		String title = "Tipped release " + unique();
		long id = this.newsroom
			.create(new PostContent(PostKind.PRESS_RELEASE, "en", null, title, null, null, null, "Body of the release.",
					null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
					null, null, List.of(), null))
			.id();

		scenario.stimulate(() -> this.newsroom.publishNow(id))
			.andWaitForEventOfType(PostPublished.class)
			.matching((event) -> event.postId() == id)
			.toArriveAndVerify((event) -> await()
				.untilAsserted(() -> assertThat(this.web.anonymous().get("/tips").body()).contains(title)));
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
