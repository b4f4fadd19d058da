package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.adelante.accounts.AuditLog;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterChangedElsewhere;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Letters;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostStatus;
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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Announcing a letter: from the letter's admin page, an editor starts a press release
 * filled in from the letter (its count, conveners, and links to it and its PDF), in the
 * letter's language, featuring it; and publishing or scheduling that release can make the
 * letter's held-back list public at the same instant, which the scheduler then carries
 * out with no page traffic. Only editors may; a letter that does not exist, or a key that
 * is not one, is a clear 404 or 400.
 */
@AdelanteIntegrationTest
class PostAdmin_AnnouncingIntegrationTests {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	WebSessions web;

	@Autowired
	Newsroom newsroom;

	@Autowired
	Letters letters;

	@Autowired
	AuditLog audit;

	@Autowired
	MovableClock clock;

	@Autowired
	ObjectProvider<SiteIdentity> site;

	@Autowired
	ApplicationContext context;

	LetterFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new LetterFixtures(this.context);
	}

	@Test
	void anEditorStartsAReleaseFilledInFromTheLetter() {
		String run = unique();
		long convener = this.fixtures.registered("Red Fronteriza " + run, "MX");
		Letter letter = this.fixtures.open(LetterDraft.titled("Water for the basin " + run)
			.spanish("Agua para la cuenca " + run, "Texto.")
			.conveners(convener));
		this.fixtures.sign(letter, organization("Second Signer " + run, email()));
		WebSession editor = this.web.signedIn(Role.EDITOR);

		HttpResponse<String> response = editor.get("/admin/posts/new?letter=" + letter.id());

		assertThat(response.statusCode()).isEqualTo(200);
		HtmlChecker.assertValid(response.body());
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst(".notice").text())
			.contains("filled in from the letter “Water for the basin " + run);
		assertThat(page.selectFirst("#kind option[selected]").val()).isEqualTo("PRESS_RELEASE");
		assertThat(page.selectFirst("#language option[selected]").val()).isEqualTo("en");
		assertThat(page.selectFirst("#title").val())
			.isEqualTo("2 organisations sign “Water for the basin " + run + "”");
		assertThat(page.selectFirst("#body").val())
			.contains("[Water for the basin " + run + "](http://localhost" + letter.url() + ")")
			.contains("has been signed by 2 organisations.")
			.contains("The letter was convened by Red Fronteriza " + run + ".")
			.contains("It is addressed to Marta Ellison, Governor, State of Arizona.")
			.contains("(http://localhost" + letter.url() + ".pdf)");
		assertThat(page.selectFirst("#featuredLetterId option[selected]").val()).isEqualTo(String.valueOf(letter.id()));
		Element spanish = page.selectFirst("a[href=/admin/posts/new?letter=" + letter.id() + "&language=es]");
		assertThat(spanish.text()).isEqualTo("Start it in Spanish instead");
		assertThat(page.select("#publishLetterList")).as("the letter's names are public already").isEmpty();

		Document inSpanish = Jsoup.parse(editor.get(spanish.attr("href")).body());
		assertThat(inSpanish.selectFirst("#language option[selected]").val()).isEqualTo("es");
		assertThat(inSpanish.selectFirst("#title").val())
			.isEqualTo("2 organizaciones firman “Agua para la cuenca " + run + "”");
		Document byLanguage = Jsoup
			.parse(this.web.signedIn(Role.EDITOR).language("es").get("/admin/posts/new?letter=" + letter.id()).body());
		assertThat(byLanguage.selectFirst("#title").val()).startsWith("2 organizaciones firman");
		assertThat(byLanguage.selectFirst("a[href$=language=en]").text()).isEqualTo("Empezarlo en inglés");
	}

	@Test
	void theLettersPageOffersTheAnnouncementToEditorsOnly() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Announce me " + unique()));
		String link = "a[href=/admin/posts/new?letter=" + letter.id() + "]";

		Document editorAndOrganiser = Jsoup
			.parse(this.web.signedIn(Role.ORGANISER, Role.EDITOR).get("/admin/letters/" + letter.id()).body());
		Document admin = Jsoup.parse(this.web.signedIn(Role.ADMIN).get("/admin/letters/" + letter.id()).body());
		Document organiser = Jsoup.parse(this.web.signedIn(Role.ORGANISER).get("/admin/letters/" + letter.id()).body());

		assertThat(editorAndOrganiser.selectFirst(link).text()).isEqualTo("Announce with a press release");
		assertThat(admin.selectFirst(link)).isNotNull();
		assertThat(organiser.select(link)).isEmpty();
		assertThat(Jsoup
			.parse(this.web.signedIn(Role.ORGANISER, Role.EDITOR)
				.language("es")
				.get("/admin/letters/" + letter.id())
				.body())
			.selectFirst(link)
			.text()).isEqualTo("Anunciarla con un comunicado de prensa");
	}

	@Test
	void onlyEditorsMayAndALetterThatIsNotThereIsAClearAnswer() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Guarded " + unique()));

		assertThat(this.web.signedIn(Role.ORGANISER).get("/admin/posts/new?letter=" + letter.id()).statusCode())
			.isEqualTo(403);
		assertThat(this.web.anonymous().get("/admin/posts/new?letter=" + letter.id()).statusCode()).isEqualTo(302);
		WebSession editor = this.web.signedIn(Role.EDITOR);
		HttpResponse<String> missing = editor.get("/admin/posts/new?letter=987654321");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).doesNotContain("Exception");
		for (String bad : new String[] { "abc", "1.5", "99999999999999999999999", "%00", "-" }) {
			HttpResponse<String> refused = editor.get("/admin/posts/new?letter=" + bad);
			assertThat(refused.statusCode()).as(bad).isEqualTo(400);
			assertThat(refused.body()).as(bad).doesNotContain("Exception");
		}
		assertThat(editor.get("/admin/posts/new?letter=-5").statusCode()).isEqualTo(404);
		assertThat(editor.get("/admin/posts/new?letter=" + letter.id() + "&language=xx").statusCode())
			.as("an unknown language falls back to the editor's")
			.isEqualTo(200);
	}

	@Test
	void scheduledTogetherTheReleaseAndTheHeldBackListGoOutAtTheSameInstant() {
		String signer = "Held Back Signer " + unique();
		Letter letter = this.fixtures.open(LetterDraft.titled("Held back " + unique())
			.listPublicAt(this.clock.instant().plus(Duration.ofDays(30))));
		this.fixtures.sign(letter, organization(signer, email()));
		WebSession editor = this.web.signedIn(Role.EDITOR);
		Document form = Jsoup.parse(editor.openForm("/admin/posts/new?letter=" + letter.id()).body());
		assertThat(form.selectFirst("#publishLetterList").hasAttr("checked")).as("ticked when announcing").isTrue();
		assertThat(form.selectFirst("#publishLetterList-hint")).isNotNull();
		Instant at = this.clock.instant().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);

		HttpResponse<String> scheduled = editor.post("/admin/posts",
				fieldsOf(form, "publishAt", LOCAL.format(at.atZone(zone())), "action", "schedule"));

		long id = AdminPages.idFrom(scheduled);
		Post post = this.newsroom.find(id).orElseThrow();
		assertThat(post.status()).isEqualTo(PostStatus.SCHEDULED);
		assertThat(post.publishedAt()).isEqualTo(at);
		assertThat(this.fixtures.reload(letter).content().listPublicAt()).isEqualTo(at);
		assertThat(this.newsroom.findPublic(post.slug())).as("before its time").isEmpty();
		assertThat(this.web.anonymous().get(letter.url()).body()).as("before its time").doesNotContain(signer);
		await().untilAsserted(
				() -> assertThat(this.audit.forSubject("letter", letter.id())).extracting(AuditLog.Entry::action)
					.contains("letter.listScheduled"));
		Document edit = Jsoup.parse(editor.get("/admin/posts/" + id).body());
		assertThat(edit.selectFirst("#publishLetterList").hasAttr("checked")).isTrue();
		assertThat(edit.text()).contains("become public with this post");

		this.clock.advance(Duration.ofHours(3).plusSeconds(1));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.newsroom.find(id).orElseThrow().status() == PostStatus.PUBLISHED);
		assertThat(this.newsroom.findPublic(post.slug())).isPresent();
		assertThat(this.web.anonymous().get(letter.url()).body()).contains(signer);
		assertThat(this.web.anonymous().get(post.url()).statusCode()).isEqualTo(200);
	}

	@Test
	void reschedulingWithTheBoxTakesTheListAlong() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Moved along " + unique())
			.listPublicAt(this.clock.instant().plus(Duration.ofDays(30))));
		WebSession editor = this.web.signedIn(Role.EDITOR);
		Document form = Jsoup.parse(editor.openForm("/admin/posts/new?letter=" + letter.id()).body());
		Instant first = this.clock.instant().plus(Duration.ofHours(5)).truncatedTo(ChronoUnit.MINUTES);
		long id = AdminPages.idFrom(editor.post("/admin/posts",
				fieldsOf(form, "publishAt", LOCAL.format(first.atZone(zone())), "action", "schedule")));
		Instant later = first.plus(Duration.ofHours(2));

		Document edit = Jsoup.parse(editor.openForm("/admin/posts/" + id).body());
		editor.post("/admin/posts/" + id,
				fieldsOf(edit, "publishAt", LOCAL.format(later.atZone(zone())), "action", "schedule"));

		assertThat(this.newsroom.find(id).orElseThrow().publishedAt()).isEqualTo(later);
		assertThat(this.fixtures.reload(letter).content().listPublicAt()).isEqualTo(later);
	}

	@Test
	void publishingNowWithTheBoxPublishesTheListNowAndWithoutItLeavesItHeldBack() {
		String signer = "Published Now Signer " + unique();
		Letter withList = this.fixtures.open(LetterDraft.titled("Now with list " + unique())
			.listPublicAt(this.clock.instant().plus(Duration.ofDays(30))));
		this.fixtures.sign(withList, organization(signer, email()));
		Letter withoutList = this.fixtures.open(LetterDraft.titled("Now without list " + unique())
			.listPublicAt(this.clock.instant().plus(Duration.ofDays(30))));
		WebSession editor = this.web.signedIn(Role.EDITOR);

		Document first = Jsoup.parse(editor.openForm("/admin/posts/new?letter=" + withList.id()).body());
		long published = AdminPages.idFrom(editor.post("/admin/posts", fieldsOf(first, "action", "publish")));
		Document second = Jsoup.parse(editor.openForm("/admin/posts/new?letter=" + withoutList.id()).body());
		second.selectFirst("#publishLetterList").removeAttr("checked");
		long other = AdminPages.idFrom(editor.post("/admin/posts", fieldsOf(second, "action", "publish")));

		assertThat(this.newsroom.find(published).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(this.fixtures.reload(withList).listIsPublicAt(this.clock.instant())).isTrue();
		assertThat(this.web.anonymous().get(withList.url()).body()).contains(signer);
		assertThat(this.newsroom.find(other).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(this.fixtures.reload(withoutList).content().listPublicAt())
			.isEqualTo(withoutList.content().listPublicAt());
	}

	@Test
	void aListThatIsPublicAlreadyIsNeitherOfferedNorChanged() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Public list " + unique()));
		WebSession editor = this.web.signedIn(Role.EDITOR);
		Document form = Jsoup.parse(editor.openForm("/admin/posts/new?letter=" + letter.id()).body());
		assertThat(form.select("#publishLetterList")).isEmpty();
		Instant at = this.clock.instant().plus(Duration.ofHours(4)).truncatedTo(ChronoUnit.MINUTES);

		String[] fields = fieldsOf(form, "publishAt", LOCAL.format(at.atZone(zone())), "publishLetterList", "true",
				"action", "schedule");
		long id = AdminPages.idFrom(editor.post("/admin/posts", fields));

		assertThat(this.newsroom.find(id).orElseThrow().status()).isEqualTo(PostStatus.SCHEDULED);
		Letter after = this.fixtures.reload(letter);
		assertThat(after.content().listPublicAt()).as("a public list is never held back again").isNull();
		assertThat(after.version()).isEqualTo(letter.version());
	}

	@Test
	void theNewTimeMovesTheLettersVersionSoAnOrganiserEditingItIsToldAndTheOldTimeIsNotSavedBack() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Edited meanwhile " + unique())
			.listPublicAt(this.clock.instant().plus(Duration.ofDays(30))));
		Instant at = this.clock.instant().plus(Duration.ofHours(1));

		Letter moved = this.letters.publishListAt(letter.id(), at);

		assertThat(moved.content().listPublicAt()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
		assertThatExceptionOfType(LetterChangedElsewhere.class)
			.isThrownBy(() -> this.letters.update(letter.id(), letter.content(), letter.version()));
		Letter past = this.letters.publishListAt(letter.id(), this.clock.instant().minus(Duration.ofDays(1)));
		assertThat(past.listIsPublicAt(this.clock.instant())).as("a time past makes the names public now").isTrue();
		assertThat(past.content().listPublicAt()).isAfter(at.minus(Duration.ofHours(2)));
	}

	/** The fields the browser would send from the form, with the changes given. */
	private static String[] fieldsOf(Document page, String... changes) {
		java.util.List<String> fields = new java.util.ArrayList<>();
		java.util.Set<String> changed = new java.util.HashSet<>();
		for (int i = 0; i < changes.length; i += 2) {
			changed.add(changes[i]);
		}
		Element form = page.selectFirst("form.post-form");
		for (Element input : form.select("input, textarea, select")) {
			String name = input.attr("name");
			if (name.isEmpty() || name.equals("_csrf") || changed.contains(name) || input.attr("type").equals("file")) {
				continue;
			}
			if (input.tagName().equals("select")) {
				for (Element option : input.select("option[selected]")) {
					fields.add(name);
					fields.add(option.val());
				}
			}
			else if (input.attr("type").equals("checkbox") || input.attr("type").equals("radio")) {
				if (input.hasAttr("checked")) {
					fields.add(name);
					fields.add(input.val());
				}
			}
			else {
				fields.add(name);
				fields.add(input.tagName().equals("textarea") ? input.wholeText() : input.val());
			}
		}
		fields.addAll(java.util.List.of(changes));
		return fields.toArray(String[]::new);
	}

	private ZoneId zone() {
		return this.site.getObject().zone();
	}

}
