package org.adelante.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailsTests {

	private static final String EMOJI = "😀";

	@Test
	void anAddressIsANameAnAtAndADomainWithADot() {
		assertThat(Emails.isValid("ana@example.org")).isTrue();
		assertThat(Emails.isValid("ana.ruiz+press@news.example.org")).isTrue();
		assertThat(Emails.isValid("a@b.c")).isTrue();
		assertThat(Emails.isValid("josé@ejemplo.mx")).isTrue();
	}

	@Test
	void anAddressNeedsEachOfItsParts() {
		assertThat(Emails.isValid("ana.example.org")).isFalse();
		assertThat(Emails.isValid("@example.org")).isFalse();
		assertThat(Emails.isValid("ana@")).isFalse();
		assertThat(Emails.isValid("ana@example")).isFalse();
		assertThat(Emails.isValid("ana@@example.org")).isFalse();
		assertThat(Emails.isValid("ana@news@example.org")).isFalse();
		assertThat(Emails.isValid("")).isFalse();
		assertThat(Emails.isValid(null)).isFalse();
	}

	@Test
	void theDomainNeitherStartsNorEndsWithADot() {
		assertThat(Emails.isValid("ana@.example.org")).isFalse();
		assertThat(Emails.isValid("ana@example.")).isFalse();
		assertThat(Emails.isValid("ana@example.org.")).isFalse();
	}

	@Test
	void anAddressHasNoSpacesOrControlCharacters() {
		assertThat(Emails.isValid("ana ruiz@example.org")).isFalse();
		assertThat(Emails.isValid("ana@exa mple.org")).isFalse();
		assertThat(Emails.isValid(" ana@example.org")).isFalse();
		assertThat(Emails.isValid("ana@example.org\n")).isFalse();
		assertThat(Emails.isValid("ana\t@example.org")).isFalse();
		assertThat(Emails.isValid("ana\u0000@example.org")).isFalse();
		assertThat(Emails.isValid("ana@example.org\u0085")).isFalse();
		assertThat(Emails.isValid("ana@exa\u007fmple.org")).isFalse();
	}

	@Test
	void anAddressHasNoInvisibleSeparatorsOrFormattingCharacters() {
		assertThat(Emails.isValid("ana\u00a0ruiz@example.org")).as("no-break space").isFalse();
		assertThat(Emails.isValid("ana@example.org\u2028")).as("line separator").isFalse();
		assertThat(Emails.isValid("ana@exam\u2029ple.org")).as("paragraph separator").isFalse();
		assertThat(Emails.isValid("ana\u200b@example.org")).as("zero-width space").isFalse();
		assertThat(Emails.isValid("ana@example\u200d.org")).as("zero-width joiner").isFalse();
		assertThat(Emails.isValid("\ufeffana@example.org")).as("byte-order mark").isFalse();
		assertThat(Emails.isValid("ana\ud800@example.org")).as("lone surrogate").isFalse();
		assertThat(Emails.isValid("añá@ejemplo.org")).as("accented letters").isTrue();
	}

	@Test
	void theNameBeforeTheAtHasAtMost64Characters() {
		assertThat(Emails.isValid("a".repeat(Emails.MAX_LOCAL_LENGTH) + "@example.org")).isTrue();
		assertThat(Emails.isValid("a".repeat(Emails.MAX_LOCAL_LENGTH + 1) + "@example.org")).isFalse();
	}

	@Test
	void theNameIsMeasuredInCharacters() {
		assertThat(Emails.isValid(EMOJI.repeat(Emails.MAX_LOCAL_LENGTH) + "@example.org")).isTrue();
		assertThat(Emails.isValid(EMOJI.repeat(Emails.MAX_LOCAL_LENGTH + 1) + "@example.org")).isFalse();
	}

	@Test
	void anAddressHasAtMost254Characters() {
		assertThat(Emails.isValid(address(Emails.MAX_LENGTH, "o"))).isTrue();
		assertThat(Emails.isValid(address(Emails.MAX_LENGTH + 1, "o"))).isFalse();
	}

	@Test
	void theAddressIsMeasuredInCharacters() {
		assertThat(Emails.isValid(address(Emails.MAX_LENGTH, EMOJI))).isTrue();
		assertThat(Emails.isValid(address(Emails.MAX_LENGTH + 1, EMOJI))).isFalse();
	}

	@Test
	void normalisingTrimsAndLowerCases() {
		assertThat(Emails.normalise("  Ana.Ruiz@Example.ORG \n")).isEqualTo("ana.ruiz@example.org");
		assertThat(Emails.normalise(null)).isEmpty();
	}

	@Test
	void normalisingIgnoresTheDefaultLocale() {
		Locale defaultLocale = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("tr"));
			assertThat(Emails.normalise("INFO@EXAMPLE.ORG")).isEqualTo("info@example.org");
		}
		finally {
			Locale.setDefault(defaultLocale);
		}
	}

	@Test
	void aNormalisedAddressCanGrowPastTheLimit() {
		String dotted = "İ".repeat(Emails.MAX_LOCAL_LENGTH) + "@example.org";

		assertThat(Emails.isValid(dotted)).isTrue();
		assertThat(Emails.isValid(Emails.normalise(dotted))).isFalse();
	}

	/**
	 * An address of the given length in characters whose domain is made of the given
	 * character.
	 */
	private static String address(int length, String domainCharacter) {
		String local = "ana@";
		String tld = ".org";
		return local + domainCharacter.repeat(length - local.length() - tld.length()) + tld;
	}

}
