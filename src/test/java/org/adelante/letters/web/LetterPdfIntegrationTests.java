package org.adelante.letters.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Letters;
import org.adelante.newsroom.media.TestImages;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.OwnOrganization;
import org.adelante.organizations.OwnOrganizationDetails;
import org.adelante.organizations.RestoreOwnOrganization;
import org.adelante.organizations.Scope;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HostileValues;
import org.adelante.test.MovableClock;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A public letter's PDF at {@code /letters/{slug}.pdf}: served inline with the caching
 * headers of the letter's page, in the reader's language, revalidated until the list
 * changes, and only for letters readers may see.
 */
@AdelanteIntegrationTest
class LetterPdfIntegrationTests {

	@RegisterExtension
	final RestoreOwnOrganization own = new RestoreOwnOrganization();

	@Autowired
	WebSessions web;

	@Autowired
	Letters letters;

	@Autowired
	Organizations organizations;

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
	void aLettersPdfHasItsTextAndItsListWithTheConvenersFirstServedInlineAndCacheable() throws IOException {
		String run = unique();
		long convener = this.fixtures.registered("Zeta Convening Coalition " + run, "US");
		Letter letter = this.fixtures.open(LetterDraft.titled("PDF letter " + run).conveners(convener));
		this.fixtures.sign(letter, organization("Łódź Local Ąction " + run, null, Scope.LOCAL, "PL", email()));
		this.fixtures.sign(letter, organization("Győr Wide Network " + run, null, Scope.INTERNATIONAL, "HU", email()));
		this.fixtures.sign(letter, organization("Asociația Țării " + run, null, Scope.LOCAL, "RO", email()));

		HttpResponse<byte[]> response = this.web.anonymous().getBytes(letter.url() + ".pdf");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("inline; filename=\"" + letter.slug() + ".pdf\"");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(response.headers().firstValue("Last-Modified")).isPresent();
		assertThat(WebSession.vary(response)).contains("accept-language", "cookie");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(text(response.body())).containsSubsequence("PDF letter " + run, "Marta Ellison",
				"ask for an independent inquiry", "Signatories", "Convening organisations",
				"Zeta Convening Coalition " + run, "International", "Győr Wide Network " + run, "Local",
				"Asociația Țării " + run, "Łódź Local Ąction " + run, "Page 2 of 2");
	}

	@Test
	void aSpanishReaderGetsTheSpanishVersionAndAOneLanguageLetterComesInItsLanguage() throws IOException {
		Letter both = this.fixtures.open(LetterDraft.titled("Both PDF " + unique())
			.spanish("Carta en dos idiomas", "Pedimos una **investigación independiente**."));
		Letter spanishOnly = this.fixtures
			.open(LetterDraft.titled("unused").onlySpanish("Solo en español " + unique(), "Hola, señora."));

		HttpResponse<byte[]> chosen = this.web.anonymous().getBytes(both.url() + ".pdf?lang=es");
		HttpResponse<byte[]> accepted = this.web.anonymous().language("es").getBytes(both.url() + ".pdf");
		HttpResponse<byte[]> english = this.web.anonymous().getBytes(both.url() + ".pdf");
		HttpResponse<byte[]> onlyOne = this.web.anonymous().getBytes(spanishOnly.url() + ".pdf");

		assertThat(text(chosen.body())).contains("Carta en dos idiomas", "Pedimos una investigación independiente",
				"Firmantes", "Página 1 de 1");
		assertThat(chosen.headers().firstValue("Content-Disposition"))
			.hasValue("inline; filename=\"" + both.slug() + "-es.pdf\"");
		assertThat(text(accepted.body())).contains("Carta en dos idiomas");
		assertThat(text(english.body())).contains("Both PDF").doesNotContain("Carta en dos idiomas");
		assertThat(english.headers().firstValue("ETag")).isNotEqualTo(chosen.headers().firstValue("ETag"));
		assertThat(text(onlyOne.body())).contains("Solo en español", "Hola, señora.", "Firmantes");
	}

	@Test
	void aDraftOrUnknownLetterHasNoPdfAndAMovedOneRedirectsToItsNewPdf() {
		Letter draft = this.fixtures.draft(LetterDraft.titled("Draft PDF " + unique()));
		assertThat(this.web.anonymous().getBytes(draft.url() + ".pdf").statusCode()).isEqualTo(404);
		assertThat(this.web.signedIn(Role.ORGANISER).getBytes(draft.url() + ".pdf").statusCode()).isEqualTo(404);
		assertThat(this.web.anonymous().getBytes("/letters/no-such-letter-" + unique() + ".pdf").statusCode())
			.isEqualTo(404);

		Letter open = this.letters.openNow(draft.id());
		String moved = "moved-pdf-" + unique();
		this.letters.update(open.id(), open.content().withSlug(moved), open.version());

		HttpResponse<byte[]> old = this.web.anonymous().getBytes(open.url() + ".pdf");
		assertThat(old.statusCode()).isEqualTo(301);
		assertThat(old.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/letters/" + moved + ".pdf"));
		assertThat(this.web.anonymous().getBytes("/letters/" + moved + ".pdf").statusCode()).isEqualTo(200);
	}

	@Test
	void aReadersCopyIsRevalidatedUntilANewSignatureIsListed() throws IOException {
		Letter letter = this.fixtures.open(LetterDraft.titled("Cached PDF " + unique()));
		WebSession reader = this.web.anonymous();
		HttpResponse<byte[]> first = reader.getBytes(letter.url() + ".pdf");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> revalidated = reader.getBytes(letter.url() + ".pdf", "If-None-Match", etag);
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();

		String newcomer = "Newcomer Ñandú " + unique();
		this.fixtures.sign(letter, organization(newcomer, email()));
		HttpResponse<byte[]> changed = reader.getBytes(letter.url() + ".pdf", "If-None-Match", etag);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(text(first.body())).doesNotContain(newcomer).contains("No one has signed yet.");
		assertThat(text(changed.body())).contains(newcomer, "One organisation has signed.");
	}

	@Test
	void namesAreWithheldUntilTheListsPublicTime() throws IOException {
		String name = "Secret PDF Signer " + unique();
		Letter letter = this.fixtures.open(LetterDraft.titled("Embargoed PDF " + unique())
			.listPublicAt(this.clock.instant().plus(Duration.ofDays(2))));
		this.fixtures.sign(letter, organization(name, email()));

		String before = text(this.web.anonymous().getBytes(letter.url() + ".pdf").body());
		this.clock.advance(Duration.ofDays(2));
		String after = text(this.web.anonymous().getBytes(letter.url() + ".pdf").body());

		assertThat(before).contains("One organisation has signed.", "will be published on").doesNotContain(name);
		assertThat(after).contains(name);
	}

	@Test
	void ourOrganisationsNameAndLogoHeadThePdfAsSoonAsTheyChange() throws IOException {
		Letter letter = this.fixtures.open(LetterDraft.titled("Letterhead PDF " + unique()));
		String before = text(this.web.anonymous().getBytes(letter.url() + ".pdf").body());
		OwnOrganization current = this.organizations.ownOrganization();
		String name = "Coalición Ñandú Győr " + unique();

		this.organizations.updateOwn(new OwnOrganizationDetails(name, current.website(), current.boilerplateEn(),
				current.boilerplateEs(), current.zone().getId(), TestImages.png(300, 100, false), false));

		assertThat(before).doesNotContain(name);
		await().untilAsserted(
				() -> assertThat(text(this.web.anonymous().getBytes(letter.url() + ".pdf").body())).startsWith(name));
		try (PDDocument pdf = Loader.loadPDF(this.web.anonymous().getBytes(letter.url() + ".pdf").body())) {
			assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("the logo").hasSize(1);
		}
	}

	@Test
	void theLettersPageLinksToItsPdf() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Linked PDF " + unique()));

		var english = Jsoup.parse(this.web.anonymous().get(letter.url()).body()).selectFirst(".letter__pdf a");
		var spanish = Jsoup.parse(this.web.anonymous().language("es").get(letter.url()).body())
			.selectFirst(".letter__pdf a");

		assertThat(english.attr("href")).isEqualTo(letter.url() + ".pdf");
		assertThat(english.text()).isEqualTo("Download the letter as PDF");
		assertThat(spanish.text()).isEqualTo("Descargar la carta en PDF");
	}

	@Test
	void hostileAddressesAreNeverAServerError() {
		WebSession reader = this.web.anonymous();
		for (HostileValues.Value value : HostileValues.all()) {
			if (value.fitsInAnAddress()) {
				HttpResponse<byte[]> response = reader
					.getBytes("/letters/" + value.pathSegment() + ".pdf?lang=" + value.encoded());
				assertThat(response.statusCode()).as("the PDF of %s", value).isBetween(400, 499);
			}
		}
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document).replaceAll("\\s+", " ").strip();
		}
	}

}
