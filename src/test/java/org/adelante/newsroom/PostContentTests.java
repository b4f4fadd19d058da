package org.adelante.newsroom;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

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
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
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
				null, null, null);
		assertThat(content.problemsToSave().isEmpty()).isTrue();
		assertThat(content.problemsToPublish().all()).containsKeys("body", "leadImageAlt", "quoteSpeaker");
	}

	@Test
	void aRepostNeedsItsSourceAndAWebAddressForTheOriginal() {
		PostContent content = new PostContent(PostKind.REPOST, "en", null, "Title", null, null, null, "Body", null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				"javascript:alert(1)", null);
		assertThat(content.problemsToPublish().get("repostUrl").messageKey()).isEqualTo("validation.url");
		assertThat(content.problemsToPublish().has("repostSourceId")).isTrue();
	}

	@Test
	void anEmbargoNeedsATimeAndZoneAndAnImmediateReleaseForgetsThem() {
		PostContent embargoed = new PostContent(PostKind.PRESS_RELEASE, "en", null, "Title", null, null, null, "Body",
				null, null, ReleaseMode.EMBARGOED, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
		assertThat(embargoed.problemsToSave().has("embargoUntil")).isTrue();

		PostContent immediate = new PostContent(PostKind.PRESS_RELEASE, "en", null, "Title", null, null, null, "Body",
				null, null, ReleaseMode.IMMEDIATE, Instant.parse("2030-01-01T10:00:00Z"), ZoneId.of("America/Phoenix"),
				null, null, null, null, null, null, null, null, null, null, null, null, null);
		assertThat(immediate.embargoUntil()).isNull();
		assertThat(immediate.embargoZone()).isNull();
	}

	@Test
	void tagsAreTrimmedAndDeduplicatedByTheirSlug() {
		PostContent content = new PostContent(PostKind.NEWS, "en", null, "Title", null, null, null, "Body", null, null,
				null, null, null, null, null, null, null, null, null, null,
				List.of(" Migración ", "migracion", "", "Water"), null, null, null, null, null);
		assertThat(content.tagList()).extracting(Tag::slug).containsExactly("migracion", "water");
	}

	@Test
	void theExcerptIsTheSummaryOrTheStartOfTheBodyText() {
		assertThat(PostContent.excerpt("A summary.", "Body")).isEqualTo("A summary.");
		assertThat(PostContent.excerpt(null, "Some **bold** text.")).isEqualTo("Some bold text.");
		String longBody = "word ".repeat(100);
		assertThat(PostContent.excerpt(null, longBody)).endsWith("…").hasSizeLessThanOrEqualTo(221);
	}

}
