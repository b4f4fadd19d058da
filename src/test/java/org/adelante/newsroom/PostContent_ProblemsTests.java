package org.adelante.newsroom;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.Slugs;
import org.junit.jupiter.api.Test;

import static org.adelante.newsroom.PostContentBuilder.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class PostContent_ProblemsTests {

	private static final Instant EMBARGO = Instant.parse("2030-01-15T16:00:00Z");

	private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

	private static final List<Limit> LIMITS = List.of(
			new Limit("title", PostContent.TITLE_MAX, PostContentBuilder::title),
			new Limit("subtitle", PostContent.SUBTITLE_MAX, PostContentBuilder::subtitle),
			new Limit("summary", PostContent.SUMMARY_MAX, PostContentBuilder::summary),
			new Limit("body", PostContent.BODY_MAX, PostContentBuilder::body),
			new Limit("datelineCity", PostContent.DATELINE_MAX, PostContentBuilder::datelineCity),
			new Limit("datelineRegion", PostContent.DATELINE_MAX, PostContentBuilder::datelineRegion),
			new Limit("leadImageAlt", PostContent.ALT_MAX, PostContentBuilder::leadImageAlt),
			new Limit("leadImageCaption", PostContent.CAPTION_MAX, PostContentBuilder::leadImageCaption),
			new Limit("leadImageCredit", PostContent.CREDIT_MAX, PostContentBuilder::leadImageCredit),
			new Limit("quoteText", PostContent.QUOTE_MAX, PostContentBuilder::quoteText),
			new Limit("quoteSpeaker", PostContent.SPEAKER_MAX, PostContentBuilder::quoteSpeaker),
			new Limit("quoteSpeakerTitle", PostContent.SPEAKER_TITLE_MAX, PostContentBuilder::quoteSpeakerTitle));

	@Test
	void aTitledPostWithABodyMayBeSavedAndPublished() {
		PostContent content = content().build();

		assertThat(content.problemsToSave().messageKeys()).isEmpty();
		assertThat(content.problemsToPublish().messageKeys()).isEmpty();
	}

	@Test
	void everyFieldMayBeAsLongAsItsLimit() {
		for (Limit limit : LIMITS) {
			PostContent content = limit.set().apply(content().quoteSpeaker("Ana"), "x".repeat(limit.max())).build();

			assertThat(content.problemsToSave().messageKeys()).as(limit.field()).isEmpty();
		}
	}

	@Test
	void aLongerFieldIsRefusedWithItsLimit() {
		for (Limit limit : LIMITS) {
			PostContent content = limit.set().apply(content().quoteSpeaker("Ana"), "x".repeat(limit.max() + 1)).build();
			FieldProblems problems = content.problemsToSave();

			assertThat(problems.messageKeys()).as(limit.field())
				.containsExactly(entry(limit.field(), "validation.tooLong"));
			assertThat(problems.get(limit.field()).args()).as(limit.field()).containsExactly(limit.max());
		}
	}

	@Test
	void fieldsAreMeasuredInCharacters() {
		PostContent content = content().title("😀".repeat(PostContent.TITLE_MAX))
			.slug("emoji")
			.leadImageAlt("ñ".repeat(PostContent.ALT_MAX))
			.build();

		assertThat(content.problemsToSave().messageKeys()).isEmpty();
	}

	@Test
	void aTitleIsRequired() {
		assertThat(content().title(" \t ").slug("a-slug").build().problemsToSave().messageKeys())
			.containsExactly(entry("title", "validation.required"));
		assertThat(content().title(null).slug("a-slug").build().problemsToPublish().messageKeys())
			.containsExactly(entry("title", "validation.required"));
	}

	@Test
	void aSlugOutsideTheRulesIsRefusedWithTheLongestSlug() {
		FieldProblems problems = content().slug("not/a slug").build().problemsToSave();

		assertThat(problems.messageKeys()).containsExactly(entry("slug", "post.slug.invalid"));
		assertThat(problems.get("slug").args()).containsExactly(Slugs.MAX_LENGTH);
	}

	@Test
	void aTitleWithoutLettersNeedsASlugOfItsOwn() {
		assertThat(content().title("¿?").build().problemsToSave().messageKeys())
			.containsExactly(entry("slug", "post.slug.invalid"));
		assertThat(content().title("¿?").slug("question").build().problemsToSave().messageKeys()).isEmpty();
	}

	@Test
	void theLanguageIsExactlyOneWeSpeak() {
		assertThat(content().language("en").build().problemsToSave().messageKeys()).isEmpty();
		assertThat(content().language("es").build().problemsToSave().messageKeys()).isEmpty();
		for (String forged : new String[] { "EN", "es-MX", "fr", "", " en" }) {
			assertThat(content().language(forged).build().problemsToSave().messageKeys()).as(forged)
				.containsExactly(entry("language", "validation.choose"));
		}
	}

	@Test
	void aPostHasAtMostTenTags() {
		assertThat(content().tags(tags(PostContent.TAGS_MAX)).build().problemsToSave().messageKeys()).isEmpty();

		FieldProblems problems = content().tags(tags(PostContent.TAGS_MAX + 1)).build().problemsToSave();

		assertThat(problems.messageKeys()).containsExactly(entry("tags", "post.tags.tooMany"));
		assertThat(problems.get("tags").args()).containsExactly(PostContent.TAGS_MAX);
	}

	@Test
	void aTagHasAtMostFortyCharacters() {
		String longest = "t".repeat(PostContent.TAG_MAX);
		assertThat(content().tags(List.of("Water", longest)).build().problemsToSave().messageKeys()).isEmpty();

		FieldProblems problems = content().tags(List.of("Water", longest + "t")).build().problemsToSave();

		assertThat(problems.messageKeys()).containsExactly(entry("tags", "validation.tooLong"));
		assertThat(problems.get("tags").args()).containsExactly(PostContent.TAG_MAX);
	}

	@Test
	void aTagNeedsALetterOrDigit() {
		assertThat(content().tags(List.of("Water", "¿?")).build().problemsToSave().messageKeys())
			.containsExactly(entry("tags", "post.tags.invalid"));
		assertThat(content().tags(List.of("2030")).build().problemsToSave().messageKeys()).isEmpty();
	}

	@Test
	void theOriginalOfARepostIsAWebAddressOfLimitedLength() {
		String longest = "https://example.org/" + "a".repeat(PostContent.URL_MAX - 20);

		assertThat(content().repostUrl(longest).build().problemsToSave().messageKeys()).isEmpty();
		assertThat(content().repostUrl(longest + "a").build().problemsToSave().messageKeys())
			.containsExactly(entry("repostUrl", "validation.tooLong"));
		assertThat(content().repostUrl("example.org/release").build().problemsToSave().messageKeys())
			.containsExactly(entry("repostUrl", "validation.url"));
	}

	@Test
	void anEmbargoNeedsBothATimeAndAZone() {
		assertThat(embargo(EMBARGO, PHOENIX).problemsToSave().messageKeys()).isEmpty();
		assertThat(embargo(null, PHOENIX).problemsToSave().messageKeys())
			.containsExactly(entry("embargoUntil", "post.embargo.required"));
		assertThat(embargo(EMBARGO, null).problemsToSave().messageKeys())
			.containsExactly(entry("embargoUntil", "post.embargo.required"));
		assertThat(embargo(null, null).problemsToSave().messageKeys())
			.containsExactly(entry("embargoUntil", "post.embargo.required"));
	}

	@Test
	void anImmediateReleaseNeedsNoEmbargo() {
		assertThat(content().releaseMode(ReleaseMode.IMMEDIATE).build().problemsToSave().messageKeys()).isEmpty();
	}

	@Test
	void aDraftMayHaveNoBodyButAPublishedPostMust() {
		PostContent content = content().body(" \r\n\t").build();

		assertThat(content.problemsToSave().messageKeys()).isEmpty();
		assertThat(content.problemsToPublish().messageKeys()).containsExactly(entry("body", "validation.required"));
	}

	@Test
	void aLeadImageNeedsItsTextAlternativeToPublish() {
		assertThat(content().leadImageId(7L).build().problemsToSave().messageKeys()).isEmpty();
		assertThat(content().leadImageId(7L).build().problemsToPublish().messageKeys())
			.containsExactly(entry("leadImageAlt", "post.leadImageAlt.required"));
		assertThat(content().leadImageId(7L).leadImageAlt(" ").build().problemsToPublish().messageKeys())
			.containsExactly(entry("leadImageAlt", "post.leadImageAlt.required"));
		assertThat(content().leadImageId(7L)
			.leadImageAlt("Marchers at the capitol")
			.build()
			.problemsToPublish()
			.messageKeys()).isEmpty();
		assertThat(content().leadImageAlt("An alternative without an image").build().problemsToPublish().messageKeys())
			.isEmpty();
	}

	@Test
	void aRepostNeedsItsSourceAndItsOriginalToPublish() {
		assertThat(content().kind(PostKind.REPOST).build().problemsToSave().messageKeys()).isEmpty();
		assertThat(content().kind(PostKind.REPOST).build().problemsToPublish().messageKeys()).containsExactly(
				entry("repostSourceId", "post.repostSource.required"), entry("repostUrl", "validation.required"));
		assertThat(content().kind(PostKind.REPOST)
			.repostSourceId(3L)
			.repostUrl("https://example.org/release")
			.build()
			.problemsToPublish()
			.messageKeys()).isEmpty();
	}

	@Test
	void onlyARepostNeedsASource() {
		for (PostKind kind : PostKind.values()) {
			if (kind != PostKind.REPOST) {
				assertThat(content().kind(kind).build().problemsToPublish().messageKeys()).as(kind.name()).isEmpty();
			}
		}
	}

	@Test
	void aQuoteNeedsItsSpeakerToPublish() {
		assertThat(content().quoteText("We will not be silent.").build().problemsToSave().messageKeys()).isEmpty();
		assertThat(content().quoteText("We will not be silent.").build().problemsToPublish().messageKeys())
			.containsExactly(entry("quoteSpeaker", "post.quoteSpeaker.required"));
		assertThat(content().quoteText("We will not be silent.")
			.quoteSpeaker("Ana Ruiz")
			.build()
			.problemsToPublish()
			.messageKeys()).isEmpty();
		assertThat(content().quoteSpeaker("Ana Ruiz").build().problemsToPublish().messageKeys()).isEmpty();
	}

	@Test
	void publishingReportsWhatStopsSavingFirst() {
		PostContent content = content().title(null).slug("a-slug").body("").kind(PostKind.REPOST).build();

		assertThat(content.problemsToPublish().messageKeys().keySet()).containsExactly("title", "body",
				"repostSourceId", "repostUrl");
	}

	private static PostContent embargo(Instant until, ZoneId zone) {
		return content().releaseMode(ReleaseMode.EMBARGOED).embargoUntil(until).embargoZone(zone).build();
	}

	private static List<String> tags(int count) {
		return IntStream.rangeClosed(1, count).mapToObj((i) -> "Tag " + i).toList();
	}

	private record Limit(String field, int max, BiFunction<PostContentBuilder, String, PostContentBuilder> set) {
	}

}
