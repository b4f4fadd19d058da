package org.adelante.newsroom.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VariantPlanTests {

	@Test
	void aLargeOriginalGetsEveryStandardWidthUpTo1920() {
		assertThat(VariantPlan.widthsFor(4000)).containsExactly(320, 640, 960, 1280, 1920);
	}

	@Test
	void anOriginalOfExactly1920GetsNoDuplicateWidth() {
		assertThat(VariantPlan.widthsFor(1920)).containsExactly(320, 640, 960, 1280, 1920);
	}

	@Test
	void aMidSizedOriginalGetsTheSmallerStandardWidthsAndItsOwn() {
		assertThat(VariantPlan.widthsFor(1000)).containsExactly(320, 640, 960, 1000);
		assertThat(VariantPlan.widthsFor(1921)).containsExactly(320, 640, 960, 1280, 1920);
		assertThat(VariantPlan.widthsFor(641)).containsExactly(320, 640, 641);
	}

	@Test
	void aSmallOriginalIsKeptOnlyAtItsOwnWidth() {
		assertThat(VariantPlan.widthsFor(200)).containsExactly(200);
		assertThat(VariantPlan.widthsFor(320)).containsExactly(320);
		assertThat(VariantPlan.widthsFor(321)).containsExactly(320, 321);
	}

	@Test
	void aOnePixelWideImageIsKeptAtThatWidth() {
		assertThat(VariantPlan.widthsFor(1)).containsExactly(1);
	}

	@Test
	void anEmptyImageHasNoPlan() {
		assertThatIllegalArgumentException().isThrownBy(() -> VariantPlan.widthsFor(0));
		assertThatIllegalArgumentException().isThrownBy(() -> VariantPlan.widthsFor(-1));
	}

}
