package org.adelante.shared.web.protection;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.adelante.shared.web.protection.FormTokens.Verdict;
import org.adelante.test.MovableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormTokensTests {

	private static final byte[] KEY = "a key of thirty-two bytes, fixed".getBytes(StandardCharsets.US_ASCII);

	private static final Duration MINIMUM = Duration.ofSeconds(3);

	private static final Duration LIFETIME = Duration.ofHours(2);

	private final MovableClock clock = new MovableClock();

	private final FormTokens tokens = tokens(KEY, this.clock);

	@Test
	void aTokenIsAcceptedOnceAPersonCouldHaveFilledTheFormIn() {
		String token = this.tokens.issue();
		assertThat(this.tokens.check(token)).isEqualTo(Verdict.TOO_FAST);

		this.clock.advance(MINIMUM.minusMillis(100));
		assertThat(this.tokens.check(token)).isEqualTo(Verdict.TOO_FAST);

		this.clock.advance(Duration.ofMillis(100));
		assertThat(this.tokens.check(token)).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void aTokenExpiresAfterItsLifetime() {
		String token = this.tokens.issue();

		this.clock.advance(LIFETIME.minusSeconds(1));
		assertThat(this.tokens.check(token)).isEqualTo(Verdict.ACCEPTED);

		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.tokens.check(token)).isEqualTo(Verdict.EXPIRED);
	}

	@Test
	void aTokenFromTheFutureIsTooFast() {
		MovableClock ahead = new MovableClock();
		ahead.advance(Duration.ofMinutes(5));

		assertThat(this.tokens.check(tokens(KEY, ahead).issue())).isEqualTo(Verdict.TOO_FAST);
	}

	@Test
	void aTokenSignedWithAnotherKeyIsForged() {
		String other = tokens("another key, not the one we use!".getBytes(StandardCharsets.US_ASCII), this.clock)
			.issue();
		this.clock.advance(MINIMUM);

		assertThat(this.tokens.check(other)).isEqualTo(Verdict.FORGED);
	}

	@Test
	void aTokenWhoseTimeWasChangedIsForged() {
		String token = this.tokens.issue();
		int dot = token.indexOf('.');
		long shownAt = Long.parseLong(token.substring(0, dot));
		String older = (shownAt - 60_000) + token.substring(dot);
		this.clock.advance(MINIMUM);

		assertThat(this.tokens.check(older)).isEqualTo(Verdict.FORGED);
		assertThat(this.tokens.check(token)).isEqualTo(Verdict.ACCEPTED);
	}

	@Test
	void garbageIsForgedAndNothingIsMissing() {
		String token = this.tokens.issue();
		this.clock.advance(MINIMUM);
		List<String> forged = List.of("abc", ".", "123.", ".abc", "12a.abc", "-1.abc", "+1.abc", "１２３.abc",
				"9".repeat(20) + ".abc", "0" + token, "123.!!!", "123.abc", token + "x", token + "=",
				token.replace('.', ','), token.substring(0, token.length() - 1), token.toUpperCase(),
				"x".repeat(10_000), token + token);
		for (String value : forged) {
			assertThat(this.tokens.check(value)).as(value).isEqualTo(Verdict.FORGED);
		}
		assertThat(this.tokens.check(null)).isEqualTo(Verdict.MISSING);
		assertThat(this.tokens.check("")).isEqualTo(Verdict.MISSING);
	}

	@Test
	void aFormShownAgainKeepsAnAcceptedTokenAndOtherwiseGetsANewOne() {
		String first = this.tokens.issue();
		this.clock.advance(MINIMUM);

		assertThat(this.tokens.guard(first).token()).isEqualTo(first);
		assertThat(this.tokens.guard("1.forged").token()).isNotEqualTo("1.forged");
		assertThat(this.tokens.check(this.tokens.guard(null).token())).isEqualTo(Verdict.TOO_FAST);
	}

	private static FormTokens tokens(byte[] key, Clock clock) {
		return new FormTokens(() -> key, clock, MINIMUM, LIFETIME);
	}

}
