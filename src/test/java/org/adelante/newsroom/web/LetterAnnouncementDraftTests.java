package org.adelante.newsroom.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.adelante.letters.LetterAnnouncement;
import org.adelante.letters.LetterStatus;
import org.adelante.letters.Signers;
import org.adelante.newsroom.PostContent;
import org.adelante.shared.SafeHtml;
import org.adelante.shared.Text;
import org.adelante.shared.web.Localized;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class LetterAnnouncementDraftTests {

	private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

	private static final ReloadableResourceBundleMessageSource MESSAGES = new ReloadableResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("classpath:messages/newsroom");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	@Test
	void theReleaseStatesTheCountTheTargetsAndTheConvenersAndLinksTheLetterAndItsPdf() {
		PostForm form = draft(letter(Signers.BOTH, 124, 9, List.of("Red Fronteriza", "Alianza del Agua", "Comité")),
				"en");

		assertThat(form.kind()).isEqualTo("PRESS_RELEASE");
		assertThat(form.language()).isEqualTo("en");
		assertThat(form.title()).isEqualTo("124 organisations sign “Clean water for Santa Cruz”");
		assertThat(form.featuredLetterId()).isEqualTo("7");
		assertThat(form.body()).isEqualTo("""
				The letter [Clean water for Santa Cruz](https://news.example.org/letters/clean-water) has been \
				signed by 124 organisations and 9 people.

				It is addressed to Marta Ellison, Governor, State of Arizona; Ana Ruiz, Mayor.

				The letter was convened by Red Fronteriza, Alianza del Agua and Comité.

				- [Read the letter and see who signed it](https://news.example.org/letters/clean-water)
				- [The letter with its signatories, as a PDF](https://news.example.org/letters/clean-water.pdf)""");
		assertThat(form.toContent(new org.adelante.shared.FieldProblems()).problemsToPublish().isEmpty()).isTrue();
	}

	@Test
	void inSpanishTheReleaseUsesTheLettersSpanishTitle() {
		PostForm form = draft(letter(Signers.ORGANIZATIONS, 1, 0, List.of("Red Fronteriza")), "es");

		assertThat(form.language()).isEqualTo("es");
		assertThat(form.title()).isEqualTo("Una organización firma “Agua limpia para Santa Cruz”");
		assertThat(form.body())
			.startsWith("La carta [Agua limpia para Santa Cruz](https://news.example.org/letters/"
					+ "clean-water) ha sido firmada por una organización.")
			.contains("La carta fue convocada por Red Fronteriza.")
			.contains("Está dirigida a Marta Ellison")
			.contains("[La carta con sus firmantes, en PDF](https://news.example.org/letters/clean-water.pdf)")
			.doesNotContain("persona");
	}

	@Test
	void aLetterOnlyPeopleSignCountsPeopleAndOneWithoutConvenersNamesNone() {
		PostForm form = draft(letter(Signers.INDIVIDUALS, 0, 2, List.of()), "en");

		assertThat(form.title()).startsWith("2 people sign “");
		assertThat(form.body()).contains("has been signed by 2 people.").doesNotContain("convened");
	}

	@Test
	void namesFromTheLetterStayTextInTheMarkdown() {
		LetterAnnouncement letter = new LetterAnnouncement(7, "clean-water", "Water *now* [click](javascript:x) <b>",
				null, List.of("en"), List.of(), List.of("Under_score & Sons", "<script>alert(1)</script>"),
				Signers.ORGANIZATIONS, 2, 0, LetterStatus.OPEN, null, true);

		PostForm form = draft(letter, "en");
		String html = SafeHtml.markdown(form.body());

		assertThat(html).contains("Water *now* [click](javascript:x) &lt;b&gt;")
			.contains("Under_score &amp; Sons and &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<em>", "<script>", "javascript:x\"");
		assertThat(form.title()).as("the title is plain text")
			.isEqualTo("2 organisations sign “Water *now* [click](javascript:x) <b>”");
	}

	@Test
	void aLongTitleIsShortenedToWhatAPostsTitleMayBe() {
		String longTitle = "A very long letter title ".repeat(8).strip();
		LetterAnnouncement letter = new LetterAnnouncement(7, "clean-water", longTitle, null, List.of("en"), List.of(),
				List.of(), Signers.ORGANIZATIONS, 124, 0, LetterStatus.OPEN, null, true);

		String title = draft(letter, "en").title();

		assertThat(Text.length(title)).isLessThanOrEqualTo(PostContent.TITLE_MAX);
		assertThat(title).startsWith("124 organisations sign “A very long").endsWith("…”");
	}

	@Test
	void theBoxForTheListIsTickedWhileItsNamesAreNotPublic() {
		LetterAnnouncement embargoed = new LetterAnnouncement(7, "clean-water", "T", null, List.of("en"), List.of(),
				List.of(), Signers.ORGANIZATIONS, 1, 0, LetterStatus.OPEN, Instant.parse("2030-01-01T00:00:00Z"),
				false);

		assertThat(draft(embargoed, "en").publishesLetterList()).isTrue();
		assertThat(draft(letter(Signers.BOTH, 1, 1, List.of()), "en").publishesLetterList()).isFalse();
	}

	private static LetterAnnouncement letter(Signers signers, int organizations, int individuals,
			List<String> conveners) {
		return new LetterAnnouncement(7, "clean-water", "Clean water for Santa Cruz", "Agua limpia para Santa Cruz",
				List.of("en", "es"), List.of("Marta Ellison, Governor, State of Arizona", "Ana Ruiz, Mayor"), conveners,
				signers, organizations, individuals, LetterStatus.OPEN, null, true);
	}

	private static PostForm draft(LetterAnnouncement letter, String language) {
		return LetterAnnouncementDraft.of(letter, language, new Localized(MESSAGES, Locale.forLanguageTag(language)),
				(path) -> "https://news.example.org" + path, PHOENIX);
	}

}
