package org.adelante.letters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalFormTests {

	@Test
	void valuesAreNetstringsCountingUtf8BytesWithMissingOnesEmpty() {
		CanonicalForm form = new CanonicalForm("kind-1").add("Año").add((String) null).add(42).add(true);

		assertThat(new String(form.bytes(), StandardCharsets.UTF_8)).isEqualTo("6:kind-1,4:Año,0:,2:42,4:true,");
	}

	@Test
	void timesAreIsoUtcToTheSecond() {
		CanonicalForm form = new CanonicalForm("t").add(Instant.parse("2026-05-01T14:30:00.987654Z"));

		assertThat(new String(form.bytes(), StandardCharsets.UTF_8)).isEqualTo("1:t,20:2026-05-01T14:30:00Z,");
	}

	@Test
	void theHashIsTheSha256OfTheBytesInLowerCaseHex() {
		// printf '1:a,' | sha256sum
		assertThat(new CanonicalForm("a").sha256())
			.isEqualTo("9fa1b1c0f0be70b0a0a46e93c1b2cdab5e2820551cb4eff78b59cde1ee014936");
	}

	@Test
	void aValueCannotBeMistakenForTwo() {
		assertThat(new CanonicalForm("k").add("a,1:b").sha256())
			.isNotEqualTo(new CanonicalForm("k").add("a").add("b").sha256());
	}

}
