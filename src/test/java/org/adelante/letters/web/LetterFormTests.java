package org.adelante.letters.web;

import java.time.ZoneId;

import org.adelante.letters.Milestones;
import org.adelante.shared.FieldProblems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LetterFormTests {

	@Test
	void milestonesAsLongAsTheFieldTakesAreRead() {
		String longest = "1" + " ".repeat(Milestones.TEXT_MAX - 2) + "2";

		FieldProblems problems = new FieldProblems();
		withMilestones(longest).toContent(problems);

		assertThat(problems.has("milestones")).isFalse();
	}

	@Test
	void milestonesLongerThanTheFieldTakesAreRefusedAsTooLong() {
		String tooLong = "1" + " ".repeat(Milestones.TEXT_MAX - 1) + "2";

		assertThat(milestonesProblem(tooLong)).isEqualTo("validation.tooLong");
	}

	@Test
	void theLengthOfMilestonesIsCountedInCharactersSoEachEmojiIsOne() {
		assertThat(milestonesProblem("🎉".repeat(Milestones.TEXT_MAX))).as("as long as the field takes, but no numbers")
			.isEqualTo("letters.milestones.invalid");
		assertThat(milestonesProblem("🎉".repeat(Milestones.TEXT_MAX + 1))).isEqualTo("validation.tooLong");
	}

	private static String milestonesProblem(String milestones) {
		FieldProblems problems = new FieldProblems();
		withMilestones(milestones).toContent(problems);
		return problems.key("milestones");
	}

	private static LetterForm withMilestones(String milestones) {
		LetterForm blank = LetterForm.blank(ZoneId.of("America/Phoenix"));
		return new LetterForm(blank.version(), blank.slug(), blank.titleEn(), blank.titleEs(), blank.textEn(),
				blank.textEs(), blank.targetName(), blank.targetTitle(), blank.targetOffice(), blank.targetEmail(),
				blank.convenerIds(), blank.opensAt(), blank.closesAt(), blank.timeZone(), blank.signers(),
				blank.approvalRequired(), blank.listTiming(), blank.listPublicAt(), milestones, blank.grouping(),
				blank.textChange());
	}

}
