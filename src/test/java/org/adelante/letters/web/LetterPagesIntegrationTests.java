package org.adelante.letters.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.adelante.letters.Grouping;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Letters;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.letters.Signers;
import org.adelante.organizations.Scope;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
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

import static org.adelante.letters.LetterFixtures.individual;
import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What readers see of letters: the list, open letters first; a letter's text in their
 * language, its targets, its count worded with the last milestone passed, its grouped
 * list with the conveners first and its signing forms while open; a closed letter without
 * a form; names withheld until the list's public time; drafts that do not exist; moved
 * letters that redirect; and validators that change when the list does.
 */
@AdelanteIntegrationTest
class LetterPagesIntegrationTests {

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

	LetterFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new LetterFixtures(this.context);
	}

	@Test
	void theListShowsOpenLettersFirstEachWithItsCount() {
		Letter closed = this.fixtures.closed(LetterDraft.titled("Closed first " + unique()));
		Letter open = this.fixtures.open(LetterDraft.titled("Open second " + unique()));
		this.fixtures.sign(open, organization("Listed " + unique(), email()));
		Letter draft = this.fixtures.draft(LetterDraft.titled("Hidden draft " + unique()));

		// Other tests' letters share the list, so it may run over several pages.
		List<String> titles = new ArrayList<>();
		Element card = null;
		for (int number = 1; number < 50; number++) {
			HttpResponse<String> listed = this.web.anonymous().get("/letters?page=" + number);
			if (listed.statusCode() != 200) {
				break;
			}
			Document page = Jsoup.parse(listed.body());
			titles.addAll(page.select(".letter-card__title").eachText());
			card = (card != null) ? card : page.selectFirst(".letter-card:has(a[href=" + open.url() + "])");
		}
		assertThat(titles).contains(open.title(), closed.title()).doesNotContain(draft.title());
		assertThat(titles.indexOf(open.title())).isLessThan(titles.indexOf(closed.title()));
		assertThat(card.selectFirst(".letter-card__count").text()).isEqualTo("One organisation has signed");
	}

	@Test
	void aLetterShowsItsTextTargetsCountAndGroupedListWithTheConvenersFirst() {
		String run = unique();
		long convener = this.fixtures.registered("Zeta Convening Coalition " + run, "US");
		Letter letter = this.fixtures
			.open(LetterDraft.titled("Grouped letter " + run).conveners(convener).milestones("2, 5"));
		this.fixtures.sign(letter, organization("Local Action " + run, null, Scope.LOCAL, "US", email()));
		this.fixtures.sign(letter, organization("Amnesty Example " + run, null, Scope.INTERNATIONAL, "GB", email()));
		this.fixtures.sign(letter, organization("Ábaco Local " + run, null, Scope.LOCAL, "MX", email()));

		Document page = Jsoup.parse(this.web.anonymous().get(letter.url()).body());

		assertThat(page.selectFirst("h1").text()).isEqualTo(letter.title());
		assertThat(page.selectFirst(".letter__text strong").text()).isEqualTo("independent inquiry");
		assertThat(page.select(".letter__targets li").eachText())
			.containsExactly("Marta Ellison, Governor, State of Arizona");
		assertThat(page.selectFirst(".letter__count-main").text()).isEqualTo("More than 2 organisations have signed");
		assertThat(page.select(".signatories h3").eachText()).containsExactly("Convening organisations",
				"International", "Local");
		assertThat(page.select(".signatories .signatory__name").eachText()).containsExactly(
				"Zeta Convening Coalition " + run, "Amnesty Example " + run, "Ábaco Local " + run,
				"Local Action " + run);
		assertThat(page.select(".signatories li").get(1).selectFirst(".signatory__reach").text())
			.isEqualTo("United Kingdom");
		assertThat(page.selectFirst("form[action=" + letter.url() + "/sign] input[name=signer]").val())
			.isEqualTo("organization");
	}

	@Test
	void aReaderGetsTheirLanguageWithALinkToTheOtherVersionAndTheSameCount() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Both languages " + unique())
			.spanish("Ambos idiomas", "Texto en **español**.")
			.grouping(Grouping.BY_COUNTRY));
		this.fixtures.sign(letter, organization("Counted once " + unique(), null, Scope.LOCAL, "ES", email()));

		Document spanish = Jsoup.parse(this.web.anonymous().language("es").get(letter.url()).body());

		assertThat(spanish.selectFirst("h1").text()).isEqualTo("Ambos idiomas");
		assertThat(spanish.selectFirst(".letter__text strong").text()).isEqualTo("español");
		Element other = spanish.selectFirst(".news-translation a");
		assertThat(other.text()).isEqualTo("Read this letter in English");
		assertThat(other.attr("hreflang")).isEqualTo("en");
		assertThat(spanish.selectFirst(".letter__count-main").text()).isEqualTo("Ha firmado una organización");
		assertThat(spanish.select(".signatories h3").eachText()).containsExactly("España");
		assertThat(spanish.selectFirst(".signatory__reach").text()).isEqualTo("Local");
	}

	@Test
	void aLetterInOneLanguageIsShownInItToEveryReader() {
		Letter letter = this.fixtures
			.open(LetterDraft.titled("unused").onlySpanish("Solo en español " + unique(), "Hola."));

		Document english = Jsoup.parse(this.web.anonymous().get(letter.url()).body());

		assertThat(english.selectFirst("h1").text()).startsWith("Solo en español");
		assertThat(english.selectFirst("h1").attr("lang")).isEqualTo("es");
		assertThat(english.selectFirst(".news-translation")).isNull();
	}

	@Test
	void peopleAreListedApartFromOrganisations() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Both kinds " + unique()).signers(Signers.BOTH));
		this.fixtures.sign(letter, organization("Org " + unique(), email()));
		this.fixtures.sign(letter, individual("Bea Ruiz", email()));
		this.fixtures.sign(letter, individual("Ana Díaz", email()));

		Document page = Jsoup.parse(this.web.anonymous().get(letter.url()).body());

		assertThat(page.select(".letter__count p").eachText()).containsExactly("One organisation has signed",
				"2 people have signed");
		assertThat(page.select(".signatories h3").last().text()).isEqualTo("Individuals");
		assertThat(page.select(".signatories ul").last().select(".signatory__name").eachText())
			.containsExactly("Ana Díaz", "Bea Ruiz");
		assertThat(page.select("input[name=signer]").eachAttr("value")).containsExactly("organization", "individual");
	}

	@Test
	void aClosedLetterSaysSoWithItsDateAndHasNoForm() {
		Letter letter = this.fixtures.closed(LetterDraft.titled("Closed letter " + unique()));

		HttpResponse<String> response = this.web.anonymous().get(letter.url());

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.selectFirst(".letter__status").text()).startsWith("This letter closed on ");
		assertThat(page.select("form")).isEmpty();
		assertThat(this.web.anonymous().get(letter.url() + "/sign").statusCode()).isEqualTo(410);
	}

	@Test
	void beforeTheListsPublicTimeThePageShowsTheCountButNoNames() {
		String name = "Secret Signer " + unique();
		Letter letter = this.fixtures.open(LetterDraft.titled("Embargoed list " + unique())
			.listPublicAt(this.clock.instant().plus(Duration.ofDays(2))));
		this.fixtures.sign(letter, organization(name, email()));

		HttpResponse<String> before = this.web.anonymous().get(letter.url());

		assertThat(Jsoup.parse(before.body()).selectFirst(".letter__count-main").text())
			.isEqualTo("One organisation has signed");
		assertThat(before.body()).doesNotContain(name).contains("The names of the signatories will be published on");
		this.clock.advance(Duration.ofDays(2));
		HttpResponse<String> after = this.web.anonymous()
			.get(letter.url(), "If-None-Match", before.headers().firstValue("ETag").orElseThrow());
		assertThat(after.statusCode()).as("a new validator once the names are public").isEqualTo(200);
		assertThat(after.body()).contains(name);
	}

	@Test
	void aDraftDoesNotExistForReadersAndAMovedLetterRedirects() {
		Letter draft = this.fixtures.draft(LetterDraft.titled("Draft " + unique()));
		assertThat(this.web.anonymous().get(draft.url()).statusCode()).isEqualTo(404);
		assertThat(this.web.signedIn(Role.ORGANISER).get(draft.url()).statusCode()).isEqualTo(404);
		assertThat(this.web.anonymous().get(draft.url() + "/sign").statusCode()).isEqualTo(404);

		Letter open = this.letters.openNow(draft.id());
		String moved = "moved-" + unique();
		this.letters.update(open.id(), open.content().withSlug(moved), open.version());

		HttpResponse<String> old = this.web.anonymous().get(open.url());
		assertThat(old.statusCode()).isEqualTo(301);
		assertThat(old.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/letters/" + moved));
	}

	@Test
	void aReadersCopyStaysValidUntilTheListChanges() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Cached letter " + unique()));
		WebSession reader = this.web.anonymous();
		HttpResponse<String> first = reader.get(letter.url());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");

		assertThat(reader.get(letter.url(), "If-None-Match", etag).statusCode()).isEqualTo(304);

		this.fixtures.sign(letter, organization("Newcomer " + unique(), email()));
		HttpResponse<String> changed = reader.get(letter.url(), "If-None-Match", etag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("One organisation has signed");
		String listEtag = reader.get("/letters").headers().firstValue("ETag").orElseThrow();
		this.fixtures.sign(letter, organization("Another " + unique(), email()));
		await().untilAsserted(() -> assertThat(reader.get("/letters", "If-None-Match", listEtag).statusCode())
			.as("the list of letters shows the count too")
			.isEqualTo(200));
	}

	@Test
	void everyReaderOfTheKeptPageGetsAFormTokenOfTheirOwnThatSigningAccepts() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Kept page " + unique()).signers(Signers.BOTH));
		WebSession first = this.web.anonymous();
		first.fillIn(letter.url());
		this.clock.advance(Duration.ofSeconds(5));
		WebSession second = this.web.anonymous();
		HttpResponse<String> page = second.fillIn(letter.url());

		assertThat(second.formToken()).isNotNull().isNotEqualTo(first.formToken());
		Document document = Jsoup.parse(page.body());
		assertThat(document.select("input[name=_shown]")).hasSize(2)
			.allSatisfy((input) -> assertThat(input.val()).isEqualTo(second.formToken()));
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.body()).contains("Kept page").contains("</html>");

		HttpResponse<String> signed = second.post(letter.url() + "/sign", "signer", "organization", "organizationName",
				"Token holders " + unique(), "name", "Inés Peña", "email", email(), "attest", "true");
		assertThat(signed.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(letter.url() + "/check-email"));
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 1L);
	}

	@Test
	void staffNeverGetACachedPage() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Staff view " + unique()));

		HttpResponse<String> page = this.web.signedIn(Role.ORGANISER).get(letter.url());

		assertThat(page.headers().firstValue("Cache-Control")).hasValue("private, no-store");
	}

}
