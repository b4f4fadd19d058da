package org.adelante.letters;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterTests {

	private static final Instant OPENS = Instant.parse("2026-03-01T15:00:00Z");

	private static final Instant CLOSES = Instant.parse("2026-03-08T15:00:00Z");

	@Test
	void aDraftWithoutAnOpeningTimeStaysADraft() {
		Letter draft = letter(LetterStatus.DRAFT, null, null, null);

		assertThat(draft.statusAt(CLOSES)).isEqualTo(LetterStatus.DRAFT);
		assertThat(draft.isPublicAt(CLOSES)).isFalse();
	}

	@Test
	void aDraftOpensAtItsOpeningTimeAndClosesAtItsClosingTimeToTheSecond() {
		Letter draft = letter(LetterStatus.DRAFT, OPENS, CLOSES, null);

		assertThat(draft.statusAt(OPENS.minusNanos(1000))).isEqualTo(LetterStatus.DRAFT);
		assertThat(draft.statusAt(OPENS)).isEqualTo(LetterStatus.OPEN);
		assertThat(draft.isOpenAt(CLOSES.minusNanos(1000))).isTrue();
		assertThat(draft.statusAt(CLOSES)).isEqualTo(LetterStatus.CLOSED);
		assertThat(draft.isPublicAt(CLOSES)).isTrue();
	}

	@Test
	void anOpenLetterClosesAtItsClosingTimeAndAClosedOneStaysClosed() {
		assertThat(letter(LetterStatus.OPEN, null, CLOSES, null).statusAt(CLOSES.minusSeconds(1)))
			.isEqualTo(LetterStatus.OPEN);
		assertThat(letter(LetterStatus.OPEN, null, CLOSES, null).statusAt(CLOSES)).isEqualTo(LetterStatus.CLOSED);
		assertThat(letter(LetterStatus.OPEN, null, null, null).statusAt(CLOSES)).isEqualTo(LetterStatus.OPEN);
		assertThat(letter(LetterStatus.CLOSED, null, null, null).statusAt(OPENS)).isEqualTo(LetterStatus.CLOSED);
	}

	@Test
	void theNamesArePublicFromTheListsPublicTimeOrAtOnce() {
		Instant listed = Instant.parse("2026-03-05T12:00:00Z");

		assertThat(letter(LetterStatus.OPEN, null, null, listed).listIsPublicAt(listed.minusSeconds(1))).isFalse();
		assertThat(letter(LetterStatus.OPEN, null, null, listed).listIsPublicAt(listed)).isTrue();
		assertThat(letter(LetterStatus.OPEN, null, null, null).listIsPublicAt(OPENS)).isTrue();
	}

	@Test
	void aReaderGetsTheirLanguageWhereTheLetterHasItAndTheOtherOtherwise() {
		LetterContent both = content("Title", "Título");
		LetterContent english = content("Title", null);
		LetterContent spanish = content(null, "Título");

		assertThat(both.languageFor("es")).isEqualTo("es");
		assertThat(both.languageFor("en")).isEqualTo("en");
		assertThat(english.languageFor("es")).isEqualTo("en");
		assertThat(spanish.languageFor("en")).isEqualTo("es");
		assertThat(both.languages()).containsExactly("en", "es");
		assertThat(spanish.slug()).isEqualTo("titulo");
	}

	@Test
	void openingNeedsEveryLanguageBegunToBeComplete() {
		LetterContent half = new LetterContent(null, "Title", "Título", "Text", "", List.of(), List.of(), null, null,
				null, null, false, null, null, null);

		assertThat(half.problemsToSave().isEmpty()).isTrue();
		assertThat(half.problemsToOpen().messageKeys()).containsOnlyKeys("textEs");
	}

	@Test
	void aClosingTimeMustComeAfterTheOpeningTime() {
		LetterContent backwards = new LetterContent(null, "Title", null, "Text", null, List.of(), List.of(), CLOSES,
				OPENS, null, null, false, null, null, null);

		assertThat(backwards.problemsToSave().messageKeys()).containsEntry("closesAt",
				"letters.closesAt.beforeOpening");
	}

	@Test
	void emptyTargetRowsAreDroppedAndAPartialOneNeedsItsName() {
		LetterContent content = new LetterContent(null, "Title", null, "Text", null,
				List.of(new Target(" ", null, ""), new Target(null, "Governor", null)), List.of(), null, null, null,
				null, false, null, null, null);

		assertThat(content.targets()).hasSize(1);
		assertThat(content.problemsToSave().messageKeys()).containsEntry("targetName-0", "validation.required");
	}

	@Test
	void itsLeadingCountIsOfOrganisationsWhenTheyMaySignElseOfPeople() {
		assertThat(counted(Signers.ORGANIZATIONS).leadingKind()).isEqualTo(SignerKind.ORGANIZATION);
		assertThat(counted(Signers.ORGANIZATIONS).leadingCount()).isEqualTo(12);
		assertThat(counted(Signers.BOTH).leadingCount()).isEqualTo(12);
		assertThat(counted(Signers.INDIVIDUALS).leadingKind()).isEqualTo(SignerKind.INDIVIDUAL);
		assertThat(counted(Signers.INDIVIDUALS).leadingCount()).isEqualTo(5);
		assertThat(counted(Signers.BOTH).listedTotal()).isEqualTo(17);
	}

	private static Letter counted(Signers signers) {
		LetterContent content = new LetterContent("a-letter", "A letter", null, "Text", null, List.of(), List.of(),
				null, null, ZoneId.of("UTC"), signers, false, null, Milestones.NONE, Grouping.BY_SCOPE);
		return new Letter(1, content, LetterStatus.OPEN, OPENS, null, 12, 5, 0, OPENS, 0, "test", OPENS, OPENS,
				new TextVersion(1, content.textHash()));
	}

	private static LetterContent content(String titleEn, String titleEs) {
		return new LetterContent(null, titleEn, titleEs, (titleEn != null) ? "Text" : null,
				(titleEs != null) ? "Texto" : null, List.of(), List.of(), null, null, ZoneId.of("UTC"), null, false,
				null, null, null);
	}

	private static Letter letter(LetterStatus status, Instant opensAt, Instant closesAt, Instant listPublicAt) {
		LetterContent content = new LetterContent("a-letter", "A letter", null, "Text", null, List.of(), List.of(),
				opensAt, closesAt, ZoneId.of("UTC"), Signers.ORGANIZATIONS, false, listPublicAt, Milestones.NONE,
				Grouping.BY_SCOPE);
		return new Letter(1, content, status, null, null, 0, 0, 0, OPENS, 0, "test", OPENS, OPENS,
				new TextVersion(1, content.textHash()));
	}

}
