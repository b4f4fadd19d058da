package org.adelante.newsroom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.adelante.newsroom.PostContentBuilder.content;
import static org.assertj.core.api.Assertions.assertThat;

class PostContentTests {

	@Test
	void aBlankSlugIsMadeFromTheTitle() {
		PostContent content = Posts.pressRelease("Declaración de Tucson");
		assertThat(content.slug()).startsWith("declaracion-de-tucson-");
	}

	@Test
	void aTitleIsRequiredEvenForADraft() {
		PostContent content = new PostContent(PostKind.NEWS, "en", null, "  ", null, "a-slug", null, "", null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				List.of(), null);
		assertThat(content.problemsToSave().has("title")).isTrue();
	}

	@Test
	void oversizedFieldsAreRefusedWithTheirLimit() {
		PostContent content = Posts.pressRelease("x".repeat(PostContent.TITLE_MAX + 1));
		assertThat(content.problemsToSave().get("title").messageKey()).isEqualTo("validation.tooLong");
		assertThat(content.problemsToSave().get("title").args()).containsExactly(PostContent.TITLE_MAX);
	}

	@Test
	void aSlugWithCharactersOutsideTheRulesIsRefused() {
		PostContent content = Posts.pressRelease("Title").withSlug("not/a slug");
		assertThat(content.problemsToSave().has("slug")).isTrue();
	}

	@Test
	void publishingNeedsABodyAltTextForTheLeadImageAndAQuoteSpeaker() {
		PostContent content = new PostContent(PostKind.PRESS_RELEASE, "en", null, "Title", null, null, null, " ", null,
				null, null, null, null, 7L, null, null, null, "We will not be silent.", null, null, null, null, null,
				null, null, null, List.of(), null);
		assertThat(content.problemsToSave().isEmpty()).isTrue();
		assertThat(content.problemsToPublish().all()).containsKeys("body", "leadImageAlt", "quoteSpeaker");
	}

	@Test
	void aRepostNeedsItsSourceAndAWebAddressForTheOriginal() {
		PostContent content = new PostContent(PostKind.REPOST, "en", null, "Title", null, null, null, "Body", null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				"javascript:alert(1)", null, List.of(), null);
		assertThat(content.problemsToPublish().get("repostUrl").messageKey()).isEqualTo("validation.url");
		assertThat(content.problemsToPublish().has("repostSourceId")).isTrue();
	}

	@Test
	void anEmbargoNeedsATimeAndZoneAndAnImmediateReleaseForgetsThem() {
		PostContent embargoed = new PostContent(PostKind.PRESS_RELEASE, "en", null, "Title", null, null, null, "Body",
				null, null, ReleaseMode.EMBARGOED, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, List.of(), null);
		assertThat(embargoed.problemsToSave().has("embargoUntil")).isTrue();

		PostContent immediate = new PostContent(PostKind.PRESS_RELEASE, "en", null, "Title", null, null, null, "Body",
				null, null, ReleaseMode.IMMEDIATE, Instant.parse("2030-01-01T10:00:00Z"), ZoneId.of("America/Phoenix"),
				null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), null);
		assertThat(immediate.embargoUntil()).isNull();
		assertThat(immediate.embargoZone()).isNull();
	}

	@Test
	void tagsAreTrimmedAndDeduplicatedByTheirSlug() {
		PostContent content = new PostContent(PostKind.NEWS, "en", null, "Title", null, null, null, "Body", null, null,
				null, null, null, null, null, null, null, null, null, null,
				List.of(" Migración ", "migracion", "", "Water"), null, null, null, null, null, List.of(), null);
		assertThat(content.tagList()).extracting(Tag::slug).containsExactly("migracion", "water");
	}

	@Test
	void controlCharactersInATagBecomeSpaces() {
		PostContent content = new PostContent(PostKind.NEWS, "en", null, "Title", null, null, null, "Body", null, null,
				null, null, null, null, null, null, null, null, null, null,
				List.of("Clean\u0000water\n", "\u0001\u0002"), null, null, null, null, null, List.of(), null);
		assertThat(content.tags()).containsExactly("Clean water");
	}

	@Test
	void theExcerptIsTheSummaryOrTheStartOfTheBodyText() {
		assertThat(PostContent.excerpt("A summary.", "Body")).isEqualTo("A summary.");
		assertThat(PostContent.excerpt(null, "Some **bold** text.")).isEqualTo("Some bold text.");
		String longBody = "word ".repeat(100);
		assertThat(PostContent.excerpt(null, longBody)).endsWith("…").hasSizeLessThanOrEqualTo(221);
	}

	@Test
	void missingChoicesTakeTheirDefaults() {
		PostContent content = content().kind(null).language(null).releaseMode(null).build();

		assertThat(content.kind()).isEqualTo(PostKind.PRESS_RELEASE);
		assertThat(content.language()).isEqualTo("en");
		assertThat(content.releaseMode()).isEqualTo(ReleaseMode.IMMEDIATE);
		assertThat(content.tags()).isEmpty();
		assertThat(content.contactIds()).isEmpty();
		assertThat(content.issuerIds()).isEmpty();
	}

	@Test
	void theLanguageIsKeptAsSentForTheRulesToJudge() {
		assertThat(content().language("EN").build().language()).isEqualTo("EN");
	}

	@Test
	void aGivenSlugIsTrimmedAndLowerCased() {
		assertThat(content().slug("  Declaracion-De-Tucson ").build().slug()).isEqualTo("declaracion-de-tucson");
		assertThat(content().title("Declaración de Tucson").slug(" ").build().slug())
			.isEqualTo("declaracion-de-tucson");
	}

	@Test
	void controlCharactersInOneLineFieldsBecomeSpaces() {
		String typed = " One\nline\u0000of\ttext ";
		PostContent content = content().title(typed)
			.subtitle(typed)
			.summary(typed)
			.datelineCity(typed)
			.datelineRegion(typed)
			.leadImageAlt(typed)
			.leadImageCaption(typed)
			.leadImageCredit(typed)
			.quoteText(typed)
			.quoteSpeaker(typed)
			.quoteSpeakerTitle(typed)
			.repostUrl(" https://example.org/\r\n")
			.build();

		assertThat(List.of(content.title(), content.subtitle(), content.summary(), content.datelineCity(),
				content.datelineRegion(), content.leadImageAlt(), content.leadImageCaption(), content.leadImageCredit(),
				content.quoteText(), content.quoteSpeaker(), content.quoteSpeakerTitle()))
			.containsOnly("One line of text");
		assertThat(content.repostUrl()).isEqualTo("https://example.org/");
	}

	@Test
	void blankOneLineFieldsAreMissing() {
		PostContent content = content().subtitle(" ")
			.summary("\n")
			.datelineCity("")
			.datelineRegion("\t")
			.leadImageAlt(" ")
			.leadImageCaption(" ")
			.leadImageCredit(" ")
			.quoteText(" ")
			.quoteSpeaker(" ")
			.quoteSpeakerTitle(" ")
			.repostUrl(" ")
			.build();

		assertThat(Arrays.asList(content.subtitle(), content.summary(), content.datelineCity(),
				content.datelineRegion(), content.leadImageAlt(), content.leadImageCaption(), content.leadImageCredit(),
				content.quoteText(), content.quoteSpeaker(), content.quoteSpeakerTitle(), content.repostUrl()))
			.containsOnlyNulls();
	}

	@Test
	void theBodyKeepsItsLineBreaksButNoOtherControlCharacters() {
		assertThat(content().body("\r\nFirst\u0000 paragraph.\r\n\r\n\tSecond\u0007 one.\r").build().body())
			.isEqualTo("First paragraph.\n\n\tSecond one.");
		assertThat(content().body(null).build().body()).isEmpty();
	}

	@Test
	void tagsKeepTheFirstSpellingOfEachSlug() {
		PostContent content = content().tags(List.of("Migración", "  ", "MIGRACION", "Water", " migración ", "water"))
			.build();

		assertThat(content.tags()).containsExactly("Migración", "Water");
		assertThat(content.tagList()).containsExactly(new Tag("migracion", "Migración"), new Tag("water", "Water"));
	}

	@Test
	void contactsAndIssuersAreNamedOnceInTheirOrder() {
		PostContent content = content().contactIds(List.of(3L, 1L, 3L, 2L, 1L)).issuerIds(List.of(9L, 9L, 4L)).build();

		assertThat(content.contactIds()).containsExactly(3L, 1L, 2L);
		assertThat(content.issuerIds()).containsExactly(9L, 4L);
	}

	@Test
	void anEmbargoIsKeptToTheMicrosecond() {
		PostContent content = content().releaseMode(ReleaseMode.EMBARGOED)
			.embargoUntil(Instant.parse("2030-01-15T16:00:00.123456789Z"))
			.embargoZone(ZoneId.of("America/Phoenix"))
			.build();

		assertThat(content.embargoUntil()).isEqualTo(Instant.parse("2030-01-15T16:00:00.123456Z"));
		assertThat(content.embargoZone()).isEqualTo(ZoneId.of("America/Phoenix"));
	}

	@Test
	void anEmbargoWithoutATimeKeepsNone() {
		assertThat(content().releaseMode(ReleaseMode.EMBARGOED).build().embargoUntil()).isNull();
	}

	@Test
	void aNewSlugChangesNothingElse() {
		PostContent content = content().kind(PostKind.STATEMENT)
			.language("es")
			.translationId(5L)
			.title("Declaración")
			.subtitle("Sub")
			.summary("Resumen")
			.datelineCity("Tucson")
			.datelineRegion("Arizona")
			.releaseMode(ReleaseMode.EMBARGOED)
			.embargoUntil(Instant.parse("2030-01-15T16:00:00Z"))
			.embargoZone(ZoneId.of("America/Phoenix"))
			.leadImageId(7L)
			.leadImageAlt("Alt")
			.leadImageCaption("Caption")
			.leadImageCredit("Credit")
			.quoteText("Quote")
			.quoteSpeaker("Ana")
			.quoteSpeakerTitle("Director")
			.tags(List.of("Agua"))
			.contactIds(List.of(1L))
			.issuerIds(List.of(2L))
			.repostSourceId(3L)
			.repostUrl("https://example.org/")
			.repostDate(LocalDate.of(2030, 1, 1))
			.build();

		assertThat(content.withSlug("otra")).isEqualTo(content().kind(PostKind.STATEMENT)
			.language("es")
			.translationId(5L)
			.title("Declaración")
			.subtitle("Sub")
			.slug("otra")
			.summary("Resumen")
			.datelineCity("Tucson")
			.datelineRegion("Arizona")
			.releaseMode(ReleaseMode.EMBARGOED)
			.embargoUntil(Instant.parse("2030-01-15T16:00:00Z"))
			.embargoZone(ZoneId.of("America/Phoenix"))
			.leadImageId(7L)
			.leadImageAlt("Alt")
			.leadImageCaption("Caption")
			.leadImageCredit("Credit")
			.quoteText("Quote")
			.quoteSpeaker("Ana")
			.quoteSpeakerTitle("Director")
			.tags(List.of("Agua"))
			.contactIds(List.of(1L))
			.issuerIds(List.of(2L))
			.repostSourceId(3L)
			.repostUrl("https://example.org/")
			.repostDate(LocalDate.of(2030, 1, 1))
			.build());
	}

	@Test
	void theExcerptIsTheSummaryWhenThereIsOne() {
		assertThat(content().summary("A summary.").body("The body.").build().excerpt()).isEqualTo("A summary.");
		assertThat(content().summary(" ").body("The body.").build().excerpt()).isEqualTo("The body.");
		assertThat(PostContent.excerpt(" ", "The body.")).isEqualTo("The body.");
		assertThat(PostContent.excerpt(null, "")).isEmpty();
	}

	@Test
	void aShortBodyIsItsOwnExcerpt() {
		String longest = "a".repeat(PostContent.EXCERPT_LENGTH);

		assertThat(PostContent.excerpt(null, longest)).isEqualTo(longest);
		assertThat(PostContent.excerpt(null, longest + "a")).isEqualTo(longest + "…");
	}

	@Test
	void aLongBodyIsCutAtTheLastSpaceInItsSecondHalf() {
		String firstWord = "a".repeat(PostContent.EXCERPT_LENGTH / 2 + 1);

		assertThat(PostContent.excerpt(null, firstWord + " " + "b".repeat(300))).isEqualTo(firstWord + "…");
		assertThat(PostContent.excerpt(null, firstWord + " bb " + "c".repeat(300))).isEqualTo(firstWord + " bb…");
	}

	@Test
	void aWordEndingRightAtTheLengthIsKeptWhole() {
		String words = "a".repeat(150) + " " + "b".repeat(PostContent.EXCERPT_LENGTH - 151);

		assertThat(PostContent.excerpt(null, words + " " + "c".repeat(50))).isEqualTo(words + "…");
	}

	@Test
	void aLongBodyWithoutASpaceInItsSecondHalfIsCutAtTheLength() {
		String firstWord = "a".repeat(PostContent.EXCERPT_LENGTH / 2);

		assertThat(PostContent.excerpt(null, firstWord + " " + "b".repeat(300)))
			.isEqualTo(firstWord + " " + "b".repeat(PostContent.EXCERPT_LENGTH - firstWord.length() - 1) + "…");
		assertThat(PostContent.excerpt(null, "c".repeat(300))).isEqualTo("c".repeat(PostContent.EXCERPT_LENGTH) + "…");
	}

	@Test
	void cuttingAnExcerptNeverSplitsACharacter() {
		String excerpt = PostContent.excerpt(null, "a" + "😀".repeat(PostContent.EXCERPT_LENGTH));

		assertThat(excerpt).isEqualTo("a" + "😀".repeat(PostContent.EXCERPT_LENGTH - 1) + "…");
	}

	@Test
	void anExcerptIsMeasuredInCharacters() {
		String emoji = "😀".repeat(PostContent.EXCERPT_LENGTH);

		assertThat(PostContent.excerpt(null, emoji)).isEqualTo(emoji);
	}

}
