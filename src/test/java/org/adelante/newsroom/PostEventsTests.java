package org.adelante.newsroom;

import java.time.Instant;

import org.adelante.newsroom.MediaContactChanged.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostEventsTests {

	private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");

	private static final String ACTOR = "ana@example.org";

	@Test
	void aPostEventIsAuditedUnderThePostWithItsTitle() {
		PostEvent event = new PostCreated(42, "Declaración de Tucson", ACTOR, NOW);

		assertThat(event.subjectType()).isEqualTo("post");
		assertThat(event.subjectId()).isEqualTo("42");
		assertThat(event.summary()).isEqualTo("Declaración de Tucson");
		assertThat(event.actor()).isEqualTo(ACTOR);
		assertThat(event.occurredAt()).isEqualTo(NOW);
	}

	@Test
	void eachPostEventNamesWhatHappened() {
		assertThat(new PostCreated(1, "T", ACTOR, NOW).action()).isEqualTo("post.created");
		assertThat(new PostChanged(1, "T", ACTOR, NOW).action()).isEqualTo("post.changed");
		assertThat(new PostCorrected(1, "T", "A date was wrong.", ACTOR, NOW).action()).isEqualTo("post.corrected");
		assertThat(new PostDeleted(1, "T", ACTOR, NOW).action()).isEqualTo("post.deleted");
		assertThat(new PostPublished(1, "t", "T", "en", NOW, true, ACTOR, NOW).action()).isEqualTo("post.published");
		assertThat(new PostRevertedToDraft(1, "T", ACTOR, NOW).action()).isEqualTo("post.reverted");
		assertThat(new PostScheduled(1, "T", NOW, ACTOR, NOW).action()).isEqualTo("post.scheduled");
		assertThat(new PostUnpublished(1, "T", ACTOR, NOW).action()).isEqualTo("post.unpublished");
	}

	@Test
	void aScheduledPostIsSummarisedWithItsPublicationTime() {
		PostScheduled scheduled = new PostScheduled(42, "Declaración de Tucson", Instant.parse("2030-02-01T16:00:00Z"),
				ACTOR, NOW);

		assertThat(scheduled.summary()).isEqualTo("Declaración de Tucson @ 2030-02-01T16:00:00Z");
		assertThat(scheduled.subjectType()).isEqualTo("post");
		assertThat(scheduled.subjectId()).isEqualTo("42");
	}

	@Test
	void aChangedContactIsAuditedUnderItselfWithItsName() {
		MediaContactChanged changed = new MediaContactChanged(7, Change.CREATED, "Ana Ruiz", ACTOR, NOW);

		assertThat(changed.action()).isEqualTo("contact.created");
		assertThat(changed.subjectType()).isEqualTo("contact");
		assertThat(changed.subjectId()).isEqualTo("7");
		assertThat(changed.summary()).isEqualTo("Ana Ruiz");
		assertThat(new MediaContactChanged(7, Change.DELETED, "Ana Ruiz", ACTOR, NOW).action())
			.isEqualTo("contact.deleted");
	}

}
