package org.adelante.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void aTitleBecomesLowerCaseAsciiWordsJoinedByHyphens() {
		assertThat(Slugs.of("Declaración de Tucson")).isEqualTo("declaracion-de-tucson");
		assertThat(Slugs.of("Straße für   Alle")).isEqualTo("strasse-fur-alle");
		assertThat(Slugs.of("COVID-19: what we know (2026)")).isEqualTo("covid-19-what-we-know-2026");
	}

	@Test
	void aSlugNeverStartsOrEndsInAHyphen() {
		assertThat(Slugs.of("¡Hola, mundo!")).isEqualTo("hola-mundo");
		assertThat(Slugs.of("  -- Statement --  ")).isEqualTo("statement");
		assertThat(Slugs.of("?Why")).isEqualTo("why");
		assertThat(Slugs.of("Why?")).isEqualTo("why");
	}

	@Test
	void aTitleWithoutLettersOrDigitsHasAnEmptySlug() {
		assertThat(Slugs.of("¿¡!?")).isEmpty();
		assertThat(Slugs.of("-")).isEmpty();
		assertThat(Slugs.of("")).isEmpty();
		assertThat(Slugs.of(null)).isEmpty();
	}

	@Test
	void aLongTitleIsCutToTheLongestSlugWithoutATrailingHyphen() {
		String words = "a".repeat(Slugs.MAX_LENGTH - 1) + " and more";

		assertThat(Slugs.of(words)).isEqualTo("a".repeat(Slugs.MAX_LENGTH - 1));
		assertThat(Slugs.of("b".repeat(Slugs.MAX_LENGTH + 30))).isEqualTo("b".repeat(Slugs.MAX_LENGTH));
	}

	@Test
	void everyGeneratedSlugIsValid() {
		assertThat(Slugs.of("Declaración de Tucson")).satisfies((slug) -> assertThat(Slugs.isValid(slug)).isTrue());
		assertThat(Slugs.of("x".repeat(500))).satisfies((slug) -> assertThat(Slugs.isValid(slug)).isTrue());
	}

	@Test
	void aValidSlugIsLowerCaseWordsAndDigitsSeparatedBySingleHyphens() {
		assertThat(Slugs.isValid("declaracion-de-tucson")).isTrue();
		assertThat(Slugs.isValid("2026")).isTrue();
		assertThat(Slugs.isValid("Declaracion")).isFalse();
		assertThat(Slugs.isValid("declaración")).isFalse();
		assertThat(Slugs.isValid("two--hyphens")).isFalse();
		assertThat(Slugs.isValid("-leading")).isFalse();
		assertThat(Slugs.isValid("trailing-")).isFalse();
		assertThat(Slugs.isValid("with space")).isFalse();
		assertThat(Slugs.isValid("")).isFalse();
		assertThat(Slugs.isValid(null)).isFalse();
	}

	@Test
	void aValidSlugIsAtMostTheLongestLength() {
		assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH))).isTrue();
		assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
	}

}
