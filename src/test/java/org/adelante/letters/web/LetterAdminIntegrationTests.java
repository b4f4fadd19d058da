package org.adelante.letters.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.adelante.accounts.AuditLog;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.LetterStatus;
import org.adelante.letters.Letters;
import org.adelante.letters.Signature;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.organizations.Scope;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.MovableClock;
import org.adelante.test.ReceivedMail;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The organisers' pages: writing a letter with the one form (bad input comes back with
 * messages and everything typed), previewing a draft, opening and closing it with a
 * button, approving and rejecting signatures several at a time, and the dashboard panel.
 */
@AdelanteIntegrationTest
class LetterAdminIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Letters letters;

	@Autowired
	Signatures signatures;

	@Autowired
	AuditLog audit;

	@Autowired
	MovableClock clock;

	@Autowired
	ApplicationContext context;

	LetterFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new LetterFixtures(this.context);
	}

	@Test
	void anOrganiserWritesALetterAndBadInputComesBackWithEverythingTyped() {
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		organiser.openForm("/admin/letters/new");

		HttpResponse<String> refused = organiser.post("/admin/letters", "version", "0", "titleEn", "", "titleEs", "",
				"textEn", "Kept text", "targetName", "", "targetTitle", "Governor", "targetOffice", "", "timeZone",
				"America/Phoenix", "signers", "ORGANIZATIONS", "milestones", "fifty", "grouping", "BY_SCOPE", "opensAt",
				"soon", "listTiming", "later", "listPublicAt", "");

		assertThat(refused.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#milestones", "#opensAt",
				"#listPublicAt", "#titleEn", "#targetName-0");
		assertThat(page.selectFirst("#targetName-0-error").text()).isEqualTo("Please fill this in.");
		assertThat(page.selectFirst("#targetTitle-0").val()).isEqualTo("Governor");
		assertThat(page.selectFirst("#textEn").text()).isEqualTo("Kept text");
		assertThat(page.selectFirst("#milestones").val()).isEqualTo("fifty");
		HtmlChecker.assertValid(refused.body());

		String title = "Written in the admin " + unique();
		HttpResponse<String> saved = organiser.post("/admin/letters", "version", "0", "titleEn", title, "titleEs", "",
				"textEn", "We ask for an inquiry.", "targetName", "Marta Ellison", "targetTitle", "Governor",
				"targetOffice", "State of Arizona", "targetName", "", "targetTitle", "", "targetOffice", "",
				"targetName", "Kris Mayes", "targetTitle", "Attorney General", "targetOffice", "", "timeZone",
				"America/Phoenix", "signers", "BOTH", "approvalRequired", "true", "milestones", "250, 50 100",
				"grouping", "BY_COUNTRY", "opensAt", "", "closesAt", "2031-05-01T09:00", "listTiming", "later",
				"listPublicAt", "2031-04-01T09:30");

		assertThat(saved.statusCode()).isEqualTo(302);
		String location = SigningIntegrationTests.location(saved);
		assertThat(location).matches("/admin/letters/\\d+");
		Letter letter = this.letters.get(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(letter.status()).isEqualTo(LetterStatus.DRAFT);
		assertThat(letter.content().targets()).extracting((target) -> target.line())
			.containsExactly("Marta Ellison, Governor, State of Arizona", "Kris Mayes, Attorney General");
		assertThat(letter.content().closesAt()).isEqualTo(Instant.parse("2031-05-01T16:00:00Z"));
		assertThat(letter.content().listPublicAt()).isEqualTo(Instant.parse("2031-04-01T16:30:00Z"));
		assertThat(letter.content().milestones().values()).containsExactly(50, 100, 250);
		assertThat(letter.content().approvalRequired()).isTrue();
		Document edit = Jsoup.parse(organiser.get(location).body());
		assertThat(edit.selectFirst(".notice").text()).isEqualTo("The letter is saved.");
		assertThat(edit.selectFirst("#closesAt").val()).isEqualTo("2031-05-01T09:00");
		assertThat(edit.selectFirst("#milestones").val()).isEqualTo("50, 100, 250");
		assertThat(edit.selectFirst("#targetName-1").val()).isEqualTo("Kris Mayes");
		assertThat(edit.selectFirst("#signers-BOTH").hasAttr("checked")).isTrue();
		HtmlChecker.assertValid(edit.outerHtml());
	}

	@Test
	void aDraftIsPreviewedAsReadersWillSeeItAndNeverCached() {
		Letter draft = this.fixtures.draft(LetterDraft.titled("Previewed " + unique()));

		HttpResponse<String> preview = this.web.signedIn(Role.ORGANISER)
			.get("/admin/letters/" + draft.id() + "/preview");

		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		Document page = Jsoup.parse(preview.body());
		assertThat(page.selectFirst(".embargo-banner").text()).startsWith("Preview: this letter is a draft");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.selectFirst("h1").text()).isEqualTo(draft.title());
		HtmlChecker.assertValid(preview.body());
		assertThat(this.web.anonymous().get(draft.url()).statusCode()).isEqualTo(404);
	}

	@Test
	void theButtonsOpenAndCloseALetterAndNeedTheirCsrfToken() {
		Letter draft = this.fixtures.draft(LetterDraft.titled("Buttons " + unique()));
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		organiser.openForm("/admin/letters/" + draft.id());

		assertThat(organiser.postWithoutCsrf("/admin/letters/" + draft.id() + "/open").statusCode()).isEqualTo(403);
		assertThat(this.letters.get(draft.id()).status()).isEqualTo(LetterStatus.DRAFT);

		assertThat(organiser.post("/admin/letters/" + draft.id() + "/open").statusCode()).isEqualTo(302);
		assertThat(this.letters.get(draft.id()).status()).isEqualTo(LetterStatus.OPEN);
		assertThat(Jsoup.parse(organiser.get("/admin/letters/" + draft.id()).body()).selectFirst(".notice").text())
			.isEqualTo("The letter is open for signatures.");

		assertThat(organiser.post("/admin/letters/" + draft.id() + "/close").statusCode()).isEqualTo(302);
		assertThat(this.letters.get(draft.id()).status()).isEqualTo(LetterStatus.CLOSED);
		await().untilAsserted(() -> assertThat(this.audit.forSubject("letter", draft.id()))
			.filteredOn((entry) -> entry.action().equals("letter.opened"))
			.extracting(AuditLog.Entry::actor)
			.containsExactly(organiser.member().email()));
	}

	@Test
	void openingALetterWithoutTextSaysWhy() {
		Letter draft = this.fixtures.draft(LetterDraft.titled("Unfinished " + unique()).text(""));
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		organiser.openForm("/admin/letters/" + draft.id());

		HttpResponse<String> refused = organiser.post("/admin/letters/" + draft.id() + "/open");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).selectFirst("#textEn-error").text()).isEqualTo("Please fill this in.");
		assertThat(this.letters.get(draft.id()).status()).isEqualTo(LetterStatus.DRAFT);
	}

	@Test
	void savingOverSomeoneElsesChangesSaysSoAndKeepsTheInput() {
		Letter letter = this.fixtures.draft(LetterDraft.titled("Edited by two " + unique()));
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		organiser.openForm("/admin/letters/" + letter.id());
		this.letters.update(letter.id(), letter.content(), letter.version());

		HttpResponse<String> refused = organiser.post("/admin/letters/" + letter.id(), "version",
				String.valueOf(letter.version()), "slug", letter.slug(), "titleEn", "Mine", "textEn", "x", "timeZone",
				"UTC", "signers", "ORGANIZATIONS", "grouping", "NONE", "listTiming", "now");

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(refused.body()).selectFirst("#titleEn").val()).isEqualTo("Mine");
	}

	@Test
	void changingTheTextOfASignedLetterAsksWhetherItIsANewVersionThenShowsTheVersionsAndTellsEarlierSigners() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Versions shown " + unique()));
		String signer = email();
		this.fixtures.sign(letter, organization("Version One Signers " + unique(), signer));
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		organiser.openForm("/admin/letters/" + letter.id());
		String[] edited = { "version", String.valueOf(letter.version()), "slug", letter.slug(), "titleEn",
				letter.content().titleEn(), "textEn", "We now ask for two things.", "targetName", "Marta Ellison",
				"targetEmail", "governor@state.example", "timeZone", "America/Phoenix", "signers", "ORGANIZATIONS",
				"grouping", "BY_SCOPE", "listTiming", "now", "milestones", "" };

		HttpResponse<String> asked = organiser.post("/admin/letters/" + letter.id(), edited);

		assertThat(asked.statusCode()).isEqualTo(400);
		Document question = Jsoup.parse(asked.body());
		assertThat(question.select(".error-summary a").eachAttr("href")).contains("#textChange-MATERIAL");
		assertThat(question.select("input[name=textChange]").eachAttr("value")).containsExactly("MATERIAL",
				"CORRECTION");
		assertThat(question.selectFirst("#textEn").text()).isEqualTo("We now ask for two things.");
		assertThat(question.selectFirst("#targetEmail-0").val()).isEqualTo("governor@state.example");
		HtmlChecker.assertValid(asked.body());
		assertThat(this.fixtures.reload(letter).content().textEn()).isEqualTo(letter.content().textEn());

		String[] decided = java.util.Arrays.copyOf(edited, edited.length + 2);
		decided[edited.length] = "textChange";
		decided[edited.length + 1] = "MATERIAL";
		HttpResponse<String> saved = organiser.post("/admin/letters/" + letter.id(), decided);

		assertThat(saved.statusCode()).isEqualTo(302);
		Letter revised = this.fixtures.reload(letter);
		assertThat(revised.text().number()).isEqualTo(2);
		assertThat(revised.content().targets()).singleElement()
			.satisfies((target) -> assertThat(target.email()).isEqualTo("governor@state.example"));
		HttpResponse<String> page = organiser.openForm("/admin/letters/" + letter.id());
		Document editor = Jsoup.parse(page.body());
		assertThat(editor.select("#versions-title + p + .table-scroll tbody tr").eachText()).hasSize(2);
		assertThat(editor.select("#versions-title ~ .table-scroll tbody tr").get(1).select("td").get(4).text())
			.isEqualTo("1");
		assertThat(editor.select("form[action$=/versions/notify] button").text())
			.isEqualTo("Email the one signer of earlier versions");
		HtmlChecker.assertValid(page.body());

		HttpResponse<String> told = organiser.post("/admin/letters/" + letter.id() + "/versions/notify");

		assertThat(told.statusCode()).isEqualTo(302);
		Document after = Jsoup.parse(organiser.get("/admin/letters/" + letter.id()).body());
		assertThat(after.selectFirst(".notice").text()).isEqualTo("One signer was emailed.");
		assertThat(after.select("form[action$=/versions/notify]")).isEmpty();
		assertThat(ReceivedMail.awaitFor(signer, 2).get(1).subject()).startsWith("The text of");
	}

	@Test
	void theSignaturesPageListsByStatusAndApprovesSeveralAtOnce() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Moderated " + unique()).approvalRequired());
		String domain = "valle-" + unique() + ".org";
		String name = "Valle Verde " + unique();
		this.fixtures.sign(letter, organization(name, "https://" + domain, Scope.LOCAL, "MX", "ana@" + domain));
		this.fixtures.sign(letter, organization(name, null, Scope.LOCAL, "MX", unique() + "@mail.example"));
		this.fixtures.sign(letter, organization("Second " + unique(), email()));
		this.fixtures.request(letter, organization("Pending " + unique(), email()));
		WebSession organiser = this.web.signedIn(Role.ORGANISER);

		HttpResponse<String> page = organiser.openForm("/admin/letters/" + letter.id() + "/signatures");

		assertThat(page.statusCode()).isEqualTo(200);
		Document document = Jsoup.parse(page.body());
		assertThat(document.select(".filters a").eachText()).contains("Unconfirmed (1)", "Awaiting approval (2)",
				"Listed (0)");
		assertThat(document.selectFirst(".filters a[aria-current=page]").text()).isEqualTo("Awaiting approval (2)");
		org.jsoup.nodes.Element valle = document.select(".signature")
			.stream()
			.filter((element) -> element.text().contains(name))
			.findFirst()
			.orElseThrow();
		assertThat(valle.select(".signature__contacts > li")).hasSize(2);
		assertThat(valle.select(".badge").eachText()).contains("2 contacts", "Email at the organisation’s domain",
				"Email elsewhere");
		HtmlChecker.assertValid(page.body());

		List<String> ids = document.select("input[name=ids]").eachAttr("value");
		List<String> fields = new java.util.ArrayList<>(List.of("action", "approve", "status", "awaiting-approval"));
		ids.forEach((id) -> {
			fields.add("ids");
			fields.add(id);
		});
		HttpResponse<String> approved = organiser.post("/admin/letters/" + letter.id() + "/signatures",
				fields.toArray(String[]::new));

		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(2);
		assertThat(Jsoup.parse(organiser.get(SigningIntegrationTests.location(approved)).body())
			.selectFirst(".notice")
			.text()).isEqualTo("2 signatures were approved.");
		Signature listed = this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, 1, 10).items().get(0);
		organiser.openForm("/admin/letters/" + letter.id() + "/signatures?status=listed");
		organiser.post("/admin/letters/" + letter.id() + "/signatures", "action", "reject", "ids",
				String.valueOf(listed.id()), "ids", "not-a-key", "status", "listed");
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(1);
		assertThat(Jsoup.parse(organiser.get("/admin/letters/" + letter.id() + "/signatures?status=unconfirmed").body())
			.select(".panel__list li")).hasSize(1);
	}

	@Test
	void theDashboardShowsSignaturesWaitingForApprovalAndLettersClosingSoon() {
		Letter waiting = this.fixtures.open(LetterDraft.titled("Waiting on staff " + unique()).approvalRequired());
		this.fixtures.sign(waiting, organization("Patient " + unique(), email()));
		Letter closing = this.fixtures.open(
				LetterDraft.titled("Closing soon " + unique()).closesAt(this.clock.instant().plus(Duration.ofDays(2))));
		Letter later = this.fixtures.open(LetterDraft.titled("Closing later " + unique())
			.closesAt(this.clock.instant().plus(Duration.ofDays(60))));

		Document dashboard = Jsoup.parse(this.web.signedIn(Role.ORGANISER).get("/admin").body());

		org.jsoup.nodes.Element panel = dashboard.selectFirst("section:has(#panel-letters)");
		assertThat(panel.select("a").eachText()).contains(waiting.title(), closing.title())
			.doesNotContain(later.title());
		assertThat(panel.text()).contains("one signature waits");
		assertThat(Jsoup.parse(this.web.signedIn(Role.EDITOR).get("/admin").body()).selectFirst("#panel-letters"))
			.as("editors do not run letters")
			.isNull();
	}

	@Test
	void theListShowsEveryLetterWithItsStatusAndCount() {
		Letter draft = this.fixtures.draft(LetterDraft.titled("Listed draft " + unique()));
		Letter open = this.fixtures.open(LetterDraft.titled("Listed open " + unique()));
		this.fixtures.sign(open, organization("Counted " + unique(), email()));

		Document page = Jsoup.parse(this.web.signedIn(Role.ADMIN).get("/admin/letters").body());

		assertThat(page.selectFirst("tr:has(a[href=/admin/letters/" + draft.id() + "])").text()).contains("Draft",
				"Preview");
		assertThat(page.selectFirst("tr:has(a[href=/admin/letters/" + open.id() + "])").text())
			.contains("Open for signatures", "one listed", open.url());
		assertThat(page.selectFirst("nav.admin-sidebar a[href=/admin/letters]").attr("aria-current")).isEqualTo("page");
	}

}
