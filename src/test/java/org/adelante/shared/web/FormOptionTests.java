package org.adelante.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormOptionTests {

	@Test
	void aPlainOptionHasNoHintAndThePagesLanguage() {
		assertThat(FormOption.of("es", "Español")).isEqualTo(new FormOption("es", "Español", null, null));
	}

}
