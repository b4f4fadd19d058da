package org.adelante.letters;

import java.time.Duration;
import java.time.Instant;

import org.adelante.accounts.AuditLog;
import org.adelante.shared.FieldProblems.InvalidInput;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A letter's life: written as a draft, opened and closed by hand or on time by the sweep,
 * with no page traffic, its conveners listed and counted from the moment it opens.
 */
@AdelanteIntegrationTest
class LettersIntegrationTests {

	@Autowired
	Letters letters;

	@Autowired
	Signatures signatures;

	@Autowired
	MovableClock clock;

	@Autowired
	AuditLog audit;

	@Autowired
	ApplicationContext context;

	LetterFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new LetterFixtures(this.context);
	}

	@Test
	void aDraftIsNotPublic() {
		Letter draft = this.fixtures.draft(LetterDraft.titled("A draft letter"));

		assertThat(draft.status()).isEqualTo(LetterStatus.DRAFT);
		assertThat(this.letters.findPublic(draft.slug())).isEmpty();
		assertThat(this.letters.publicLetters(1).items()).extracting(Letter::id).doesNotContain(draft.id());
	}

	@Test
	void openingByHandMakesItPublicAndClosingByHandStopsIt() {
		Letter draft = this.fixtures.draft(LetterDraft.titled("Opened by hand"));

		Letter open = this.letters.openNow(draft.id());

		assertThat(open.status()).isEqualTo(LetterStatus.OPEN);
		assertThat(open.openedAt()).isNotNull();
		assertThat(this.letters.findPublic(open.slug())).isPresent();

		Letter closed = this.letters.closeNow(open.id());

		assertThat(closed.status()).isEqualTo(LetterStatus.CLOSED);
		assertThat(closed.closedAt()).isNotNull();
		assertThat(closed.isOpenAt(this.clock.instant())).isFalse();
		assertThat(this.letters.findPublic(closed.slug())).isPresent();
		await().untilAsserted(
				() -> assertThat(this.audit.forSubject("letter", open.id())).extracting(AuditLog.Entry::action)
					.contains("letter.created", "letter.opened", "letter.closed"));
	}

	@Test
	void theSweepOpensAndClosesALetterOnTimeWithoutAnyRequests() {
		Instant opens = this.clock.instant().plus(Duration.ofHours(2));
		Instant closes = opens.plus(Duration.ofDays(3));
		Letter letter = this.fixtures
			.draft(LetterDraft.titled("Opens and closes on time").opensAt(opens).closesAt(closes));
		assertThat(letter.isPublicAt(this.clock.instant())).isFalse();

		this.clock.advance(Duration.ofHours(2).plusSeconds(1));

		await().atMost(Duration.ofSeconds(20)).until(() -> this.letters.get(letter.id()).status() == LetterStatus.OPEN);
		assertThat(this.letters.get(letter.id()).openedAt()).isEqualTo(opens);

		this.clock.advance(Duration.ofDays(3));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.letters.get(letter.id()).status() == LetterStatus.CLOSED);
		assertThat(this.letters.get(letter.id()).closedAt()).isEqualTo(closes);
	}

	@Test
	void aLetterIsOpenFromItsOpeningTimeToTheSecondBeforeTheSweepRuns() {
		Instant opens = this.clock.instant().plus(Duration.ofDays(30));
		Letter letter = this.fixtures
			.draft(LetterDraft.titled("Exact to the second").opensAt(opens).closesAt(opens.plus(Duration.ofDays(1))));

		assertThat(letter.statusAt(opens.minusMillis(1))).isEqualTo(LetterStatus.DRAFT);
		assertThat(letter.statusAt(opens)).isEqualTo(LetterStatus.OPEN);
		assertThat(letter.statusAt(opens.plus(Duration.ofDays(1)))).isEqualTo(LetterStatus.CLOSED);
	}

	@Test
	void aDraftThatOpensByItselfMustBeReadyToOpen() {
		LetterDraft untitledText = LetterDraft.titled("Ready?").text("").opensAt(this.clock.instant().plusSeconds(60));

		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.fixtures.draft(untitledText))
			.satisfies((ex) -> assertThat(ex.problems().messageKeys()).containsEntry("textEn", "validation.required"));
	}

	@Test
	void aLetterWithoutTextCannotBeOpened() {
		Letter draft = this.fixtures.draft(LetterDraft.titled("Not written yet").text(""));

		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.letters.openNow(draft.id()))
			.satisfies((ex) -> assertThat(ex.problems().has("textEn")).isTrue());
		assertThat(this.letters.get(draft.id()).status()).isEqualTo(LetterStatus.DRAFT);
	}

	@Test
	void aNewAddressKeepsTheOldOneWorking() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Moving letter"));
		String moved = "moved-" + unique();

		this.letters.update(letter.id(), letter.content().withSlug(moved), letter.version());

		assertThat(this.letters.findPublic(moved)).isPresent();
		assertThat(this.letters.findPublic(letter.slug())).isEmpty();
		assertThat(this.letters.movedFrom(letter.slug()))
			.hasValueSatisfying((found) -> assertThat(found.slug()).isEqualTo(moved));
	}

	@Test
	void anotherLetterCannotTakeAnAddressInUseOrUsedBefore() {
		Letter letter = this.fixtures.open(LetterDraft.titled("First owner"));
		String old = letter.slug();
		this.letters.update(letter.id(), letter.content().withSlug("new-" + unique()), letter.version());

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.fixtures.draft(LetterDraft.titled("Second").slug(old)))
			.satisfies((ex) -> assertThat(ex.problems().messageKeys()).containsEntry("slug", "letters.slug.taken"));
	}

	@Test
	void savingOverSomeoneElsesChangesIsRefused() {
		Letter letter = this.fixtures.draft(LetterDraft.titled("Edited twice"));
		this.letters.update(letter.id(), letter.content(), letter.version());

		assertThatExceptionOfType(LetterChangedElsewhere.class)
			.isThrownBy(() -> this.letters.update(letter.id(), letter.content(), letter.version()));
	}

	@Test
	void theConvenersAreItsFirstListedSignatoriesFromTheMomentItOpens() {
		long convener = this.fixtures.registered("Convening Coalition " + unique(), "US");
		Letter draft = this.fixtures.draft(LetterDraft.titled("Convened letter").conveners(convener));
		assertThat(draft.listedOrganizations()).isZero();

		Letter open = this.letters.openNow(draft.id());

		assertThat(open.listedOrganizations()).isEqualTo(1);
		SignatoryList list = this.signatures.list(open, java.util.Locale.ENGLISH);
		assertThat(list.conveners()).singleElement()
			.satisfies((signatory) -> assertThat(signatory.convener()).isTrue());
		assertThat(list.groups()).isEmpty();
	}

	@Test
	void aConvenerRemovedFromAnOpenLetterNobodySignedForLeavesTheList() {
		long convener = this.fixtures.registered("Former Convener " + unique(), "US");
		Letter open = this.fixtures.open(LetterDraft.titled("Convener removed").conveners(convener));
		assertThat(open.listedOrganizations()).isEqualTo(1);

		Letter saved = this.letters.update(open.id(),
				LetterDraft.titled("Convener removed").slug(open.slug()).content(), open.version());

		assertThat(saved.listedOrganizations()).isZero();
		assertThat(this.signatures.list(saved, java.util.Locale.ENGLISH).isEmpty()).isTrue();
	}

	@Test
	void aClosedLetterCanBeOpenedAgainAndItsPastClosingTimeIsCleared() {
		Instant closes = this.clock.instant().plus(Duration.ofDays(400));
		Letter letter = this.fixtures.open(LetterDraft.titled("Reopened").closesAt(closes));
		this.letters.closeNow(letter.id());

		Letter reopened = this.letters.openNow(letter.id());

		assertThat(reopened.status()).isEqualTo(LetterStatus.OPEN);
		assertThat(reopened.closedAt()).isNull();
		assertThat(reopened.content().closesAt()).isEqualTo(closes);
	}

}
