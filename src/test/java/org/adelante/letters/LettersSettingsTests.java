package org.adelante.letters;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LettersSettingsTests {

	@Test
	void anySiteMayFrameTheEmbeddablePagesUnlessTheSettingNamesSome() {
		assertThat(settings(null).embedAncestors()).containsExactly("*");
		assertThat(settings(List.of()).embedAncestors()).containsExactly("*");
		assertThat(settings(List.of("https://partner.example 'self'", "https://Other.example")).embedAncestors())
			.containsExactly("https://partner.example", "'self'", "https://other.example");
	}

	@Test
	void aSettingThatCouldChangeTheSecurityPolicyStopsTheStartNamingTheSetting() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> settings(List.of("https://partner.example; script-src 'unsafe-inline'")))
			.withMessageStartingWith("adelante.letters.embed-ancestors: ");
		assertThatIllegalArgumentException().isThrownBy(() -> settings(List.of("  ")));
	}

	private static LettersSettings settings(List<String> embedAncestors) {
		return new LettersSettings(null, null, null, null, null, null, null, embedAncestors);
	}

}
