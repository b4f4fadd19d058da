package org.adelante.accounts;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.adelante.shared.security.Role;
import org.adelante.shared.web.protection.PublicForm;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in attempts are limited per client address, in front of password checking and on
 * top of the lock of an account after repeated wrong passwords.
 */
@AdelanteIntegrationTest
class SignIn_RateLimitIntegrationTests {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	StaffAccounts accounts;

	@Autowired
	WebSessions web;

	@Autowired
	List<PublicForm> forms;

	@Test
	void anAddressOverItsLimitIsRefusedEvenWithTheRightPasswordWhileOthersSignIn() {
		String email = newMember();
		WebSession guesser = this.web.anonymous();
		exhaust(guesser);

		HttpResponse<String> refused = guesser.post("/login", "email", email, "password", PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isPositive());
		assertThat(refused.body()).contains("Too many attempts");
		HtmlChecker.assertValid(refused.body());
		assertThat(guesser.signIn(email, PASSWORD)).isFalse();
		assertThat(this.accounts.findByEmail(email).orElseThrow().lockedUntil())
			.as("refused attempts never reached the password check")
			.isNull();
		assertThat(this.web.anonymous().signIn(email, PASSWORD)).as("from another address").isTrue();
	}

	@Test
	void namingAnotherAddressInFrontOfTheProxysEntryDoesNotHelp() {
		WebSession guesser = this.web.anonymous();
		exhaust(guesser);

		guesser.from("198.51.100.7, " + guesser.address());

		assertThat(guesser.post("/login", "email", unknownEmail(), "password", "guess").statusCode()).isEqualTo(429);
	}

	@Test
	void anIpv6AddressIsCountedWithItsWholeSlash64() {
		String network = "2001:db8:" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt()) + ":1";
		WebSession guesser = this.web.anonymous().from(network + "::1");
		exhaust(guesser);

		guesser.from(network + ":ffff:ffff:ffff:ffff");
		assertThat(guesser.post("/login", "email", unknownEmail(), "password", "guess").statusCode()).as("same /64")
			.isEqualTo(429);
		guesser.from(network.substring(0, network.length() - 1) + "2::1");
		assertThat(guesser.post("/login", "email", unknownEmail(), "password", "guess").statusCode()).as("next /64")
			.isEqualTo(302);
	}

	/**
	 * Uses up the address's allowance with wrong guesses at accounts that do not exist.
	 */
	private void exhaust(WebSession guesser) {
		int limit = this.forms.stream()
			.filter((form) -> form.name().equals("sign-in"))
			.findFirst()
			.orElseThrow()
			.limit()
			.submissions();
		for (int attempt = 1; attempt <= limit; attempt++) {
			HttpResponse<String> answer = guesser.post("/login", "email", unknownEmail(), "password", "guess");
			assertThat(answer.statusCode()).as("attempt " + attempt).isEqualTo(302);
		}
	}

	private String newMember() {
		String email = unknownEmail();
		this.accounts.create(email, "Rate limit test", PASSWORD, EnumSet.of(Role.EDITOR));
		return email;
	}

	private static String unknownEmail() {
		return "limit-" + UUID.randomUUID().toString().substring(0, 8) + "@test.adelante";
	}

}
