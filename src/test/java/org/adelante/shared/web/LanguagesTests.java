package org.adelante.shared.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTests {

	@Test
	void exactlyOurTwoCodesMayBeStored() {
		assertThat(Languages.isSupported("en")).isTrue();
		assertThat(Languages.isSupported("es")).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "EN", "Es", "eS", "en-US", "es-MX", "es_MX", " en", "en ", "eng", "fr", "e", "\u0000" })
	void anyOtherCodeMayNot(String code) {
		assertThat(Languages.isSupported(code)).isFalse();
	}

	@Test
	void whatBrowsersSendIsReadLeniently() {
		assertThat(Languages.forCode("EN")).isEqualTo(Languages.ENGLISH);
		assertThat(Languages.forCode("es-MX")).isEqualTo(Languages.SPANISH);
		assertThat(Languages.forCode("fr")).isNull();
		assertThat(Languages.forCode("%FF")).isNull();
	}

}
