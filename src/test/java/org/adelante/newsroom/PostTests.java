package org.adelante.newsroom;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostTests {

	private static final Instant PUBLISHED = Instant.parse("2026-03-05T16:00:00Z");

	private static final PostContent CONTENT = new PostContent(PostKind.STATEMENT, "es", null, "Declaración de Tucson",
			null, null, null, "Body", null, null, null, null, null, null, null, null, null, null, null, null,
			List.of("Migración", "Derechos humanos"), List.of(), List.of(), null, null, null, List.of(), null);

	@Test
	void aPostIsWhatItsContentSays() {
		Post post = post(PostStatus.PUBLISHED, PUBLISHED, PUBLISHED);

		assertThat(post.title()).isEqualTo("Declaración de Tucson");
		assertThat(post.slug()).isEqualTo("declaracion-de-tucson");
		assertThat(post.kind()).isEqualTo(PostKind.STATEMENT);
		assertThat(post.language()).isEqualTo("es");
		assertThat(post.tags()).containsExactly(new Tag("migracion", "Migración"),
				new Tag("derechos-humanos", "Derechos humanos"));
	}

	@Test
	void aPostAndItsSummaryLiveUnderNews() {
		assertThat(post(PostStatus.PUBLISHED, PUBLISHED, PUBLISHED).url()).isEqualTo("/news/declaracion-de-tucson");
		assertThat(new PostSummary(1, PostKind.NEWS, "en", "Title", "a-title", "", null, null, null,
				PostStatus.PUBLISHED, PUBLISHED, PUBLISHED)
			.url()).isEqualTo("/news/a-title");
	}

	@Test
	void aPublishedPostIsPublicFromItsPublicationTime() {
		Post post = post(PostStatus.PUBLISHED, PUBLISHED, PUBLISHED);

		assertThat(post.isPublicAt(PUBLISHED.minusSeconds(1))).isFalse();
		assertThat(post.isPublicAt(PUBLISHED)).isTrue();
		assertThat(post.isPublicAt(PUBLISHED.plusSeconds(3600))).isTrue();
	}

	@Test
	void aScheduledPostIsPublicOnceItsTimeHasCome() {
		Post post = post(PostStatus.SCHEDULED, PUBLISHED, PUBLISHED);

		assertThat(post.isPublicAt(PUBLISHED.minusSeconds(1))).isFalse();
		assertThat(post.isPublicAt(PUBLISHED)).isTrue();
	}

	@Test
	void draftsAndUnpublishedPostsAreNeverPublic() {
		Instant later = PUBLISHED.plusSeconds(3600);

		assertThat(post(PostStatus.DRAFT, PUBLISHED, PUBLISHED).isPublicAt(later)).isFalse();
		assertThat(post(PostStatus.UNPUBLISHED, PUBLISHED, PUBLISHED).isPublicAt(later)).isFalse();
		assertThat(post(PostStatus.DRAFT, null, PUBLISHED).isPublicAt(later)).isFalse();
	}

	@Test
	void aPublishedPostWithoutAPublicationTimeIsNotPublic() {
		assertThat(post(PostStatus.PUBLISHED, null, PUBLISHED).isPublicAt(PUBLISHED)).isFalse();
		assertThat(post(PostStatus.SCHEDULED, null, PUBLISHED).isPublicAt(PUBLISHED)).isFalse();
	}

	@Test
	void aPostWasModifiedWhenItsTextChangedAfterItWentPublic() {
		assertThat(post(PostStatus.PUBLISHED, PUBLISHED, PUBLISHED.plusSeconds(60)).wasModified()).isTrue();
		assertThat(post(PostStatus.PUBLISHED, PUBLISHED, PUBLISHED).wasModified()).isFalse();
		assertThat(post(PostStatus.SCHEDULED, PUBLISHED, PUBLISHED.minusSeconds(60)).wasModified()).isFalse();
		assertThat(post(PostStatus.DRAFT, null, PUBLISHED).wasModified()).isFalse();
	}

	private static Post post(PostStatus status, Instant publishedAt, Instant modifiedAt) {
		return new Post(7, CONTENT, status, publishedAt, modifiedAt, null, null, 1, "editor@example.org",
				PUBLISHED.minusSeconds(86400), modifiedAt);
	}

}
