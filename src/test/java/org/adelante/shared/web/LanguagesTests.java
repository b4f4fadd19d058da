package org.adelante.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTests {

	@Test
	void weSpeakEnglishAndSpanish() {
		assertThat(Languages.SUPPORTED).containsExactly(Locale.ENGLISH, Locale.forLanguageTag("es"));
		assertThat(Languages.SUPPORTED_CODES).containsExactly("en", "es");
	}

	@Test
	void aLanguageCodeFindsItsLanguage() {
		assertThat(Languages.forCode("en")).isEqualTo(Languages.ENGLISH);
		assertThat(Languages.forCode("es")).isEqualTo(Languages.SPANISH);
	}

	@Test
	void aCodeAsBrowsersSendItFindsTheLanguageToo() {
		assertThat(Languages.forCode("es-MX")).isEqualTo(Languages.SPANISH);
		assertThat(Languages.forCode("en-US")).isEqualTo(Languages.ENGLISH);
		assertThat(Languages.forCode(" EN ")).isEqualTo(Languages.ENGLISH);
		assertThat(Languages.forCode("ES")).isEqualTo(Languages.SPANISH);
	}

	@Test
	void aLanguageWeDoNotSpeakIsNone() {
		assertThat(Languages.forCode("fr")).isNull();
		assertThat(Languages.forCode("eng")).isNull();
		assertThat(Languages.forCode("")).isNull();
		assertThat(Languages.forCode("not a code")).isNull();
		assertThat(Languages.forCode(null)).isNull();
	}

	@Test
	void contentIsStoredOnlyWithTheExactCodes() {
		assertThat(Languages.isSupported("en")).isTrue();
		assertThat(Languages.isSupported("es")).isTrue();
		assertThat(Languages.isSupported("EN")).isFalse();
		assertThat(Languages.isSupported("es-MX")).isFalse();
		assertThat(Languages.isSupported(" en")).isFalse();
		assertThat(Languages.isSupported("fr")).isFalse();
		assertThat(Languages.isSupported("")).isFalse();
	}

	@Test
	void noCodeIsNoLanguageToStoreContentIn() {
		assertThat(Languages.isSupported(null)).isFalse();
	}

}
