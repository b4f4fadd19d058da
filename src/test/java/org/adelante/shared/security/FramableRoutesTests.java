package org.adelante.shared.security;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FramableRoutesTests {

	@Test
	void theAncestorsBecomeTheFrameAncestorsDirectivesValue() {
		FramableRoutes routes = FramableRoutes.by(List.of("https://partner.example", "'self'"), "/letters/{slug}/embed",
				"/letters/{slug}/embed/**");

		assertThat(routes.paths()).containsExactly("/letters/{slug}/embed", "/letters/{slug}/embed/**");
		assertThat(routes.frameAncestors()).isEqualTo("https://partner.example 'self'");
		assertThat(FramableRoutes.by(List.of("*"), "/embed").frameAncestors()).isEqualTo("*");
	}

	@Test
	void entriesMayBeSeparatedBySpacesAndAreKeptInLowerCaseOnce() {
		assertThat(FramableRoutes.sources(List.of(" https://A.example  https://b.example:8443 ", "https://a.example",
				"*.c.example\thttp://*.d.example:*")))
			.containsExactly("https://a.example", "https://b.example:8443", "*.c.example", "http://*.d.example:*");
	}

	@ParameterizedTest
	@ValueSource(strings = { "*", "'self'", "https://partner.example", "http://localhost:8080", "partner.example",
			"*.partner.example", "https://*.partner.example", "https://xn--mxico-bsa.example" })
	void sitesAnyAndSelfAreAccepted(String source) {
		assertThat(FramableRoutes.sources(List.of(source))).containsExactly(source);
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://partner.example; script-src *", "https://partner.example;", "'none'",
			"'unsafe-inline'", "self", "'self", "https://partner.example/page", "javascript:alert(1)", "https:",
			"data:", "ftp://partner.example", "https://", "https://-partner.example", "https://partner..example",
			"https://partner.example:", "https://user@partner.example", "\"https://partner.example\"",
			"https://partner.example,https://other.example", "https://partner.example\nscript-src *",
			"https://pártner.example", "https://partner.example:123456", "none", "partner", "https://*" })
	void anythingThatCouldChangeThePolicyIsRefused(String source) {
		assertThatIllegalArgumentException().isThrownBy(() -> FramableRoutes.sources(List.of(source)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FramableRoutes.by(List.of("https://fine.example", source), "/embed"));
	}

	@Test
	void atLeastOneAncestorAndOnePathOnThisSiteAreNeeded() {
		assertThatIllegalArgumentException().isThrownBy(() -> FramableRoutes.sources(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> FramableRoutes.sources(List.of("  ")));
		assertThatIllegalArgumentException().isThrownBy(() -> FramableRoutes.sources(null));
		assertThatIllegalArgumentException().isThrownBy(() -> FramableRoutes.by(List.of("*")));
		assertThatIllegalArgumentException().isThrownBy(() -> FramableRoutes.by(List.of("*"), "embed"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new FramableRoutes(Arrays.asList("/embed", null), List.of("*")));
	}

}
