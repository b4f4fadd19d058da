package org.adelante.letters;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a letter's count reads in English and Spanish: exact below the first milestone and
 * at one, "more than" the last milestone passed above it, singular and plural by the
 * messages' choice formats.
 */
class SignatureCountTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static final Milestones MILESTONES = Milestones.parse("50, 100, 250").orElseThrow();

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void belowTheFirstMilestoneTheCountIsExact() {
		assertThat(worded(SignerKind.ORGANIZATION, 0, Locale.ENGLISH)).isEqualTo("No organisation has signed yet");
		assertThat(worded(SignerKind.ORGANIZATION, 1, Locale.ENGLISH)).isEqualTo("One organisation has signed");
		assertThat(worded(SignerKind.ORGANIZATION, 2, Locale.ENGLISH)).isEqualTo("2 organisations have signed");
		assertThat(worded(SignerKind.ORGANIZATION, 49, Locale.ENGLISH)).isEqualTo("49 organisations have signed");
	}

	@Test
	void atAMilestoneTheCountIsExactAndPastItItIsTheLastPassed() {
		assertThat(worded(SignerKind.ORGANIZATION, 50, Locale.ENGLISH)).isEqualTo("50 organisations have signed");
		assertThat(worded(SignerKind.ORGANIZATION, 51, Locale.ENGLISH))
			.isEqualTo("More than 50 organisations have signed");
		assertThat(worded(SignerKind.ORGANIZATION, 137, Locale.ENGLISH))
			.isEqualTo("More than 100 organisations have signed");
		assertThat(worded(SignerKind.ORGANIZATION, 1_204, Locale.ENGLISH))
			.isEqualTo("More than 250 organisations have signed");
	}

	@Test
	void peopleAreCountedInTheirOwnWords() {
		assertThat(worded(SignerKind.INDIVIDUAL, 0, Locale.ENGLISH))
			.isEqualTo("No one has signed in their own name yet");
		assertThat(worded(SignerKind.INDIVIDUAL, 1, Locale.ENGLISH)).isEqualTo("One person has signed");
		assertThat(worded(SignerKind.INDIVIDUAL, 300, Locale.ENGLISH)).isEqualTo("More than 250 people have signed");
	}

	@Test
	void inSpanishTooWithItsOwnNumberFormat() {
		assertThat(worded(SignerKind.ORGANIZATION, 0, SPANISH)).isEqualTo("Aún no ha firmado ninguna organización");
		assertThat(worded(SignerKind.ORGANIZATION, 1, SPANISH)).isEqualTo("Ha firmado una organización");
		assertThat(worded(SignerKind.ORGANIZATION, 7, SPANISH)).isEqualTo("Han firmado 7 organizaciones");
		assertThat(worded(SignerKind.ORGANIZATION, 101, SPANISH)).isEqualTo("Han firmado más de 100 organizaciones");
		assertThat(worded(SignerKind.INDIVIDUAL, 2, SPANISH)).isEqualTo("Han firmado 2 personas");
		Milestones large = Milestones.parse("1000").orElseThrow();
		assertThat(format(SignatureCount.of(SignerKind.ORGANIZATION, 1_500, large), SPANISH))
			.isEqualTo("Han firmado más de 1.000 organizaciones");
		assertThat(format(SignatureCount.of(SignerKind.ORGANIZATION, 1_500, large), Locale.ENGLISH))
			.isEqualTo("More than 1,000 organisations have signed");
	}

	@Test
	void aMilestoneOfOneIsPassedInTheSingular() {
		Milestones one = Milestones.parse("1").orElseThrow();

		assertThat(format(SignatureCount.of(SignerKind.ORGANIZATION, 2, one), Locale.ENGLISH))
			.isEqualTo("More than one organisation has signed");
		assertThat(format(SignatureCount.of(SignerKind.INDIVIDUAL, 2, one), SPANISH))
			.isEqualTo("Ha firmado más de una persona");
	}

	@Test
	void withoutMilestonesEveryCountIsExact() {
		assertThat(SignatureCount.of(SignerKind.ORGANIZATION, 5_000, Milestones.NONE))
			.isEqualTo(new SignatureCount("letters.count.organizations.exactly", 5_000));
	}

	private String worded(SignerKind kind, long count, Locale locale) {
		return format(SignatureCount.of(kind, count, MILESTONES), locale);
	}

	private String format(SignatureCount count, Locale locale) {
		return this.messages.getMessage(count.messageKey(), new Object[] { count.number() }, locale);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/letters");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
