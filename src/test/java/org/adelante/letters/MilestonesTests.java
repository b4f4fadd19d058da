package org.adelante.letters;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MilestonesTests {

	@Test
	void milestonesAreReadInAnyOrderAndKeptAscendingWithoutRepeats() {
		assertThat(Milestones.parse("250, 50 100;100").orElseThrow().values()).containsExactly(50, 100, 250);
		assertThat(Milestones.parse("250, 50 100").orElseThrow().text()).isEqualTo("50, 100, 250");
	}

	@Test
	void noMilestonesAtAllIsFine() {
		assertThat(Milestones.parse("")).contains(Milestones.NONE);
		assertThat(Milestones.parse("  ")).contains(Milestones.NONE);
		assertThat(Milestones.parse(null)).contains(Milestones.NONE);
	}

	@Test
	void anythingButPositiveWholeNumbersInRangeIsRefused() {
		assertThat(Milestones.parse("fifty")).isEmpty();
		assertThat(Milestones.parse("50, -1")).isEmpty();
		assertThat(Milestones.parse("0")).isEmpty();
		assertThat(Milestones.parse("1.5")).isEmpty();
		assertThat(Milestones.parse("1,000")).as("a thousands separator makes a milestone of 0").isEmpty();
		assertThat(Milestones.parse("10000001")).isEmpty();
		assertThat(Milestones.parse("999999999999")).isEmpty();
		assertThat(Milestones.parse("10000000")).isPresent();
	}

	@Test
	void atMostTwentyMilestones() {
		StringBuilder twenty = new StringBuilder();
		for (int i = 1; i <= 20; i++) {
			twenty.append(i).append(' ');
		}
		assertThat(Milestones.parse(twenty.toString())).isPresent();
		assertThat(Milestones.parse(twenty + "21")).isEmpty();
	}

	@Test
	void theMilestonePassedIsTheHighestBelowTheCount() {
		Milestones milestones = Milestones.parse("50, 100, 250").orElseThrow();

		assertThat(milestones.passedBy(0)).isEmpty();
		assertThat(milestones.passedBy(50)).isEmpty();
		assertThat(milestones.passedBy(51)).contains(50);
		assertThat(milestones.passedBy(100)).contains(50);
		assertThat(milestones.passedBy(101)).contains(100);
		assertThat(milestones.passedBy(10_000)).contains(250);
	}

	@Test
	void aMilestoneIsReachedAtItsCountAndTheNextIsTheFirstAboveIt() {
		Milestones milestones = Milestones.parse("50, 100, 250").orElseThrow();

		assertThat(milestones.reachedBy(0)).isEmpty();
		assertThat(milestones.reachedBy(49)).isEmpty();
		assertThat(milestones.reachedBy(50)).contains(50);
		assertThat(milestones.reachedBy(249)).contains(100);
		assertThat(milestones.reachedBy(250)).contains(250);
		assertThat(milestones.reachedBy(10_000)).contains(250);
		assertThat(milestones.nextAfter(0)).contains(50);
		assertThat(milestones.nextAfter(49)).contains(50);
		assertThat(milestones.nextAfter(50)).contains(100);
		assertThat(milestones.nextAfter(249)).contains(250);
		assertThat(milestones.nextAfter(250)).isEmpty();
		assertThat(Milestones.NONE.reachedBy(7)).isEmpty();
		assertThat(Milestones.NONE.nextAfter(7)).isEmpty();
	}

}
