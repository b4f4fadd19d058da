package org.adelante.accounts;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MovableClock;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@AdelanteIntegrationTest
class SignInThrottleIntegrationTests {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	StaffAccounts accounts;

	@Autowired
	MovableClock clock;

	@Autowired
	WebSessions web;

	@Test
	void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
		String email = newMember();
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(this.web.anonymous().signIn(email, "wrong password " + attempt)).isFalse();
		}

		assertThat(this.web.anonymous().signIn(email, PASSWORD)).as("locked, even with the right password").isFalse();
		assertThat(this.accounts.findByEmail(email).orElseThrow().lockedUntil()).isAfter(this.clock.instant());

		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.web.anonymous().signIn(email, PASSWORD)).isFalse();

		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(this.web.anonymous().signIn(email, PASSWORD)).isTrue();
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() {
		String email = newMember();
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.web.anonymous().signIn(email, "wrong");
		}
		assertThat(this.web.anonymous().signIn(email, PASSWORD)).isTrue();
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.web.anonymous().signIn(email, "wrong");
		}

		assertThat(this.web.anonymous().signIn(email, PASSWORD)).isTrue();
	}

	@Test
	void theSignInPageSaysTheSameForAWrongPasswordALockedAccountAndAnUnknownEmail() {
		String email = newMember();
		WebSession visitor = this.web.anonymous();
		String wrongPassword = visitor.post("/login", "email", email, "password", "wrong")
			.headers()
			.firstValue("Location")
			.orElseThrow();
		for (int attempt = 2; attempt <= 5; attempt++) {
			visitor.post("/login", "email", email, "password", "wrong");
		}
		String locked = visitor.post("/login", "email", email, "password", PASSWORD)
			.headers()
			.firstValue("Location")
			.orElseThrow();
		String unknown = visitor.post("/login", "email", "nobody-" + email, "password", PASSWORD)
			.headers()
			.firstValue("Location")
			.orElseThrow();

		assertThat(wrongPassword).endsWith("/login?error").isEqualTo(locked).isEqualTo(unknown);
		assertThat(visitor.get("/login?error").body()).contains("do not match an active account");
		assertThat(visitor.language("es").get("/login?error").body()).contains("no coinciden con una cuenta activa");
	}

	@Test
	void theEmailIsMatchedWithoutRegardToCase() {
		String email = newMember();
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.web.anonymous().signIn(email.toUpperCase(), "wrong");
		}

		assertThat(this.web.anonymous().signIn(email, PASSWORD)).isFalse();
	}

	private String newMember() {
		String email = "throttle-" + UUID.randomUUID().toString().substring(0, 8) + "@test.adelante";
		this.accounts.create(email, "Throttle test", PASSWORD, EnumSet.of(Role.EDITOR));
		return email;
	}

}
