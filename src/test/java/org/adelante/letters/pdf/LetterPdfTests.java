package org.adelante.letters.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import org.adelante.letters.Grouping;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterContent;
import org.adelante.letters.LetterStatus;
import org.adelante.letters.Milestones;
import org.adelante.letters.Signatory;
import org.adelante.letters.SignatoryList;
import org.adelante.letters.Signers;
import org.adelante.letters.SignerKind;
import org.adelante.letters.Target;
import org.adelante.letters.TextVersion;
import org.adelante.newsroom.media.TestImages;
import org.adelante.organizations.Scope;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.web.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A letter's PDF as PDFBox reads it back: its text extracts in reading order (letterhead,
 * title, targets, text, then the list with the conveners first and the groups in the
 * page's order), names in any Latin script survive, every font is embedded, pages are
 * numbered, the document declares its language and title, and the verification footer
 * appears only on a delivered copy.
 */
class LetterPdfTests {

	private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

	private static final Instant DATE = Instant.parse("2026-12-03T18:00:00Z");

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static final List<String> LATIN_NAMES = List.of("Ñandú Colectivo", "Façade Garçon Association",
			"Győri Vízőrző Egyesület", "Łódź Water Solidarity Group", "Øresund Friends of the Desert",
			"Asociația Apă pentru Toți din Timișoara");

	private final LetterPdf renderer = renderer();

	private long serial;

	@Test
	void theTextExtractsInReadingOrderWithEveryOrganisationInThePagesOrder() throws IOException {
		List<Signatory> signatories = new ArrayList<>();
		signatories.add(organization("Zeta Conveners", Scope.LOCAL, "US", true));
		signatories.add(organization("Alpha Conveners", Scope.INTERNATIONAL, "MX", true));
		for (int i = 0; i < LATIN_NAMES.size(); i++) {
			signatories.add(organization(LATIN_NAMES.get(i), Scope.values()[i % Scope.values().length], "PL", false));
		}
		for (int i = 0; i < 150; i++) {
			signatories.add(organization("Member Group " + i, Scope.values()[i % Scope.values().length], "US", false));
		}
		signatories.add(person("Ana Díaz"));
		Letter letter = letter(Grouping.BY_SCOPE, Signers.BOTH);
		SignatoryList list = SignatoryList.of(signatories, Grouping.BY_SCOPE, Locale.ENGLISH);

		byte[] pdf = this.renderer.render(document(letter, "en", list));

		String text = text(pdf);
		List<String> expected = new ArrayList<>(List.of("Our Coalition", "December 3, 2026", "The basin letter", "TO",
				"Marta Ellison", "Governor", "We, the undersigned organisations, ask for an", "independent inquiry",
				"Signatories", "158 organisations have signed.", "One person has signed.", "Convening organisations"));
		list.conveners().forEach((signatory) -> expected.add(signatory.name()));
		for (SignatoryList.Group group : list.groups()) {
			expected.add(heading(group));
			group.members().forEach((signatory) -> expected.add(signatory.name()));
		}
		expected.add("Individuals");
		expected.add("Ana Díaz");
		assertThat(expected).containsAll(LATIN_NAMES);
		assertThat(text).containsSubsequence(expected);
		assertThat(text).contains("Page 1 of ").contains("This letter online: https://adelante.example/letters/basin");
	}

	@Test
	void everyFontOnEveryPageIsEmbedded() throws IOException {
		SignatoryList list = SignatoryList.of(
				LATIN_NAMES.stream().map((name) -> organization(name, Scope.LOCAL, "RO", false)).toList(),
				Grouping.NONE, Locale.ENGLISH);

		byte[] pdf = this.renderer.render(document(letter(Grouping.NONE, Signers.ORGANIZATIONS), "en", list));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
			assertThat(fonts).anyMatch((font) -> font.contains("LiberationSerif"))
				.anyMatch((font) -> font.contains("LiberationSans-Bold"));
		}
	}

	@Test
	void pagesAreNumberedOutOfTheirTotal() throws IOException {
		List<Signatory> many = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			many.add(organization("Numbered Group " + i, Scope.LOCAL, "US", false));
		}
		byte[] pdf = this.renderer.render(document(letter(Grouping.NONE, Signers.ORGANIZATIONS), "en",
				SignatoryList.of(many, Grouping.NONE, Locale.ENGLISH)));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(2);
			PDFTextStripper stripper = stripper();
			for (int page = 1; page <= pages; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(document)).contains("Page " + page + " of " + pages);
			}
		}
	}

	@Test
	void aDeliveredCopyCarriesItsVerificationLinkAndALiveOneDoesNot() throws IOException {
		Letter letter = letter(Grouping.NONE, Signers.ORGANIZATIONS);
		LetterDocument live = document(letter, "en", SignatoryList.EMPTY);
		String url = "https://adelante.example/deliveries/abc123/verify";

		String delivered = text(this.renderer
			.render(live.delivered(new LetterDocument.Verification(url, Instant.parse("2026-12-10T17:00:00Z")))));
		String notDelivered = text(this.renderer.render(live));

		assertThat(delivered).contains("Delivered on December 10, 2026. Verify this copy at " + url);
		assertThat(notDelivered).doesNotContain("Verify this copy")
			.doesNotContain(url)
			.contains("No one has signed yet.");
	}

	@Test
	void aSpanishDocumentIsWordedInSpanishThroughout() throws IOException {
		Letter letter = letter(Grouping.BY_COUNTRY, Signers.ORGANIZATIONS);
		SignatoryList list = SignatoryList.of(List.of(organization("Ñandú Colectivo", Scope.LOCAL, "AR", false),
				organization("Nube Roja", Scope.LOCAL, "AR", false)), Grouping.BY_COUNTRY, SPANISH);

		byte[] pdf = this.renderer.render(document(letter, "es", list));

		String text = text(pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("es");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Carta de la cuenca");
		}

		assertThat(text).containsSubsequence("3 de diciembre de 2026", "Carta de la cuenca", "DIRIGIDA A",
				"Pedimos una investigación", "Firmantes", "Han firmado 2 organizaciones.", "Argentina", "Nube Roja",
				"Ñandú Colectivo", "Página 2 de 2");
	}

	@Test
	void namesNotYetPublicAreWithheldButCounted() throws IOException {
		Letter letter = letter(Grouping.NONE, Signers.ORGANIZATIONS);
		LetterDocument withheld = new LetterDocument(letter, "en", letterhead(), DATE, SignatoryList.EMPTY,
				Instant.parse("2026-12-20T17:00:00Z"), null);

		String text = text(this.renderer.render(withheld));

		assertThat(text).contains("12 organisations have signed.")
			.contains("The names of the signatories will be published on 20 December 2026");
	}

	@Test
	void aWithdrawnSignatureIsListedAsWithdrawnAndNotCounted() throws IOException {
		Signatory withdrawn = new Signatory(++this.serial, SignerKind.ORGANIZATION, "Gone Group", "Tucson", null, "US",
				Scope.LOCAL, false, Instant.parse("2026-11-30T17:00:00Z"));
		SignatoryList list = SignatoryList.of(List.of(withdrawn, organization("Still Here", Scope.LOCAL, "US", false)),
				Grouping.NONE, Locale.ENGLISH);

		String text = text(this.renderer.render(document(letter(Grouping.NONE, Signers.ORGANIZATIONS), "en", list)));

		assertThat(text).contains("One organisation has signed.")
			.containsSubsequence("Gone Group", "withdrew on November 30, 2026", "Still Here");
	}

	@Test
	void theRendererFetchesNothingFromOutsideTheDocument() {
		LetterDocument document = document(letter(Grouping.NONE, Signers.ORGANIZATIONS), "en", SignatoryList.EMPTY);
		LetterPdfView view = this.renderer.view(document);

		String html = this.renderer.html(view);

		assertThat(html).doesNotContain("http://").doesNotContain("<link").doesNotContain("@import");
		assertThatThrownBy(() -> LetterPdfView.PageNumber.of(view.text(), "letters.pdf.online"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void ourLogoHeadsTheFirstPageWhateverItsFormat() throws IOException {
		for (byte[] logo : List.of(TestImages.png(400, 100, true), TestImages.jpeg(300, 300),
				TestImages.resource("photo.webp"))) {
			LetterDocument document = new LetterDocument(letter(Grouping.NONE, Signers.ORGANIZATIONS), "en",
					new Letterhead("Our Coalition", logo, PHOENIX), DATE, SignatoryList.EMPTY, null, null);

			try (PDDocument read = Loader.loadPDF(this.renderer.render(document))) {
				assertThat(read.getPage(0).getResources().getXObjectNames()).as("images on the first page").hasSize(1);
			}
		}
		assertThat(PdfLogo.of(TestImages.png(500, 100, false))).satisfies((logo) -> {
			assertThat(logo.width()).isEqualTo("50.00mm");
			assertThat(logo.height()).isEqualTo("10.00mm");
		});
		assertThat(PdfLogo.of(new byte[] { 1, 2, 3 })).as("an unreadable logo is left out").isNull();
	}

	@Test
	void theSampleRenderedAtStartRenders() throws IOException {
		String text = text(this.renderer.render(PdfWarmUp.sample()));

		assertThat(text).containsSubsequence("Sample letter", "Sample Organisation 0", "Sample Person", "Page 6 of 6");
	}

	private static String heading(SignatoryList.Group group) {
		return switch (group.headingKey()) {
			case "organizations.scope.international" -> "International";
			case "organizations.scope.national" -> "National";
			case "organizations.scope.regional" -> "State or regional";
			case "organizations.scope.local" -> "Local";
			default -> throw new IllegalArgumentException(group.headingKey());
		};
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return stripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** Text in the order it is read: line by line, each from left to right. */
	private static PDFTextStripper stripper() {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setSortByPosition(true);
		return stripper;
	}

	private static LetterDocument document(Letter letter, String language, SignatoryList list) {
		return new LetterDocument(letter, language, letterhead(), DATE, list, null, null);
	}

	private static Letterhead letterhead() {
		return new Letterhead("Our Coalition", null, PHOENIX);
	}

	private static Letter letter(Grouping grouping, Signers signers) {
		LetterContent content = new LetterContent("basin", "The basin letter", "Carta de la cuenca",
				"We, the undersigned organisations, ask for an **independent inquiry**.",
				"Pedimos una investigación **independiente**.",
				List.of(new Target("Marta Ellison", "Governor", "State of Arizona")), List.of(), null, null, PHOENIX,
				signers, false, null, Milestones.NONE, grouping);
		Instant created = Instant.parse("2026-11-01T17:00:00Z");
		return new Letter(1, content, LetterStatus.OPEN, created, null, 12, 3, 7, DATE, 1, "test", created, created,
				new TextVersion(1, content.textHash()));
	}

	private Signatory organization(String name, Scope scope, String country, boolean convener) {
		return new Signatory(++this.serial, SignerKind.ORGANIZATION, name, "Somewhere", null, country, scope, convener,
				null);
	}

	private Signatory person(String name) {
		return new Signatory(++this.serial, SignerKind.INDIVIDUAL, name, "Tucson", null, "US", null, false, null);
	}

	private static LetterPdf renderer() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasenames(
				Messages.basenames().stream().map((name) -> "classpath:messages/" + name).toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new LetterPdf(TemplateEngine.createPrecompiled(ContentType.Html), messages,
				new AdelanteSettings(Path.of("target"), "https://adelante.example"));
	}

}
