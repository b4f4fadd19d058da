package org.adelante.newsroom;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.time.temporal.ChronoUnit;

import org.adelante.shared.FieldProblems.InvalidInput;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MovableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@AdelanteIntegrationTest
class NewsroomIntegrationTests {

	@Autowired
	Newsroom newsroom;

	@Autowired
	MovableClock clock;

	@Test
	void aDraftIsNotPublic() {
		Post draft = this.newsroom.create(Posts.pressRelease("Draft"));
		assertThat(draft.status()).isEqualTo(PostStatus.DRAFT);
		assertThat(this.newsroom.findPublic(draft.slug())).isEmpty();
		assertThat(this.newsroom.latest("en", 100)).extracting(PostSummary::id).doesNotContain(draft.id());
	}

	@Test
	void publishingMakesAPostPublicAtOnce() {
		Post post = this.newsroom.publishNow(this.newsroom.create(Posts.pressRelease("Published")).id());
		assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(this.newsroom.findPublic(post.slug())).isPresent();
		assertThat(this.newsroom.latest("en", 100)).extracting(PostSummary::id).contains(post.id());
	}

	@Test
	void aScheduledPostIsPublishedByTheSweepWithoutAnyRequests() {
		Post post = this.newsroom.create(Posts.pressRelease("Scheduled"));
		Instant at = this.clock.instant().plus(Duration.ofHours(3));
		this.newsroom.schedule(post.id(), at);
		assertThat(this.newsroom.findPublic(post.slug())).isEmpty();
		assertThat(this.newsroom.published("en", null, null, 1).items()).extracting(PostSummary::id)
			.doesNotContain(post.id());

		this.clock.advance(Duration.ofHours(3).plusSeconds(1));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.newsroom.find(post.id()).orElseThrow().status() == PostStatus.PUBLISHED);
		Post published = this.newsroom.find(post.id()).orElseThrow();
		assertThat(published.publishedAt()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
		assertThat(this.newsroom.findPublic(post.slug())).isPresent();
	}

	@Test
	void anEmbargoedReleaseCannotBePublishedOrScheduledBeforeItsEmbargoEnds() {
		Instant embargo = this.clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
		PostContent content = Posts.pressRelease("Embargoed");
		PostContent embargoed = new PostContent(content.kind(), "en", null, content.title(), null, null, null,
				content.body(), "Tucson", "Arizona", ReleaseMode.EMBARGOED, embargo, ZoneId.of("America/Phoenix"), null,
				null, null, null, null, null, null, null, null, null, null, null, null, List.of(), null);
		Post post = this.newsroom.create(embargoed);

		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.newsroom.publishNow(post.id()))
			.satisfies((ex) -> assertThat(ex.problems().has("embargoUntil")).isTrue());
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.newsroom.schedule(post.id(), embargo.minus(Duration.ofHours(1))))
			.satisfies((ex) -> assertThat(ex.problems().has("publishAt")).isTrue());

		Post scheduled = this.newsroom.schedule(post.id(), embargo);
		assertThat(scheduled.status()).isEqualTo(PostStatus.SCHEDULED);
		assertThat(this.newsroom.findPublic(post.slug())).isEmpty();
	}

	@Test
	void aChangedSlugKeepsTheOldAddressWorkingAndReserved() {
		Post post = this.newsroom.publishNow(this.newsroom.create(Posts.pressRelease("Moving")).id());
		String oldSlug = post.slug();
		Post moved = this.newsroom.update(post.id(), post.content().withSlug(oldSlug + "-renamed"), post.version());

		assertThat(this.newsroom.movedTo(oldSlug)).hasValue(moved.slug());
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.newsroom.create(Posts.pressRelease("Other").withSlug(oldSlug)))
			.satisfies((ex) -> assertThat(ex.problems().get("slug").messageKey()).isEqualTo("post.slug.taken"));
	}

	@Test
	void anEditBasedOnAStaleVersionIsRefused() {
		Post post = this.newsroom.create(Posts.pressRelease("Contended"));
		this.newsroom.update(post.id(), post.content(), post.version());
		assertThatExceptionOfType(PostChangedElsewhere.class)
			.isThrownBy(() -> this.newsroom.update(post.id(), post.content(), post.version()));
	}

	@Test
	void aCorrectionMovesTheModifiedDate() {
		Post post = this.newsroom.publishNow(this.newsroom.create(Posts.pressRelease("Corrected")).id());
		this.clock.advance(Duration.ofMinutes(5));
		Post corrected = this.newsroom.correct(post.id(), "An earlier version misspelled a partner's name.");
		assertThat(corrected.wasModified()).isTrue();
		assertThat(corrected.correctionNote()).startsWith("An earlier version");
	}

	@Test
	void anUnpublishedPostDisappearsAndAPublicOneCannotBeDeleted() {
		Post post = this.newsroom.publishNow(this.newsroom.create(Posts.pressRelease("Withdrawn")).id());
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.newsroom.delete(post.id()));
		this.newsroom.unpublish(post.id());
		assertThat(this.newsroom.findPublic(post.slug())).isEmpty();
		this.newsroom.delete(post.id());
		assertThat(this.newsroom.find(post.id())).isEmpty();
	}

	@Test
	void translationsAreLinkedBothWaysAndListsPreferTheReadersLanguage() {
		Post english = this.newsroom.publishNow(this.newsroom.create(Posts.pressRelease("Bilingual")).id());
		PostContent base = Posts.pressRelease("Bilingüe");
		PostContent spanishContent = new PostContent(base.kind(), "es", english.id(), base.title(), null, null, null,
				base.body(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, List.of(), null);
		Post spanish = this.newsroom.publishNow(this.newsroom.create(spanishContent).id());

		assertThat(this.newsroom.find(english.id()).orElseThrow().content().translationId()).isEqualTo(spanish.id());
		assertThat(this.newsroom.latest("en", 200)).extracting(PostSummary::id)
			.contains(english.id())
			.doesNotContain(spanish.id());
		assertThat(this.newsroom.latest("es", 200)).extracting(PostSummary::id)
			.contains(spanish.id())
			.doesNotContain(english.id());
	}

}
