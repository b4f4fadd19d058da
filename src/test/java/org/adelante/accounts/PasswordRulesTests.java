package org.adelante.accounts;

import java.util.Map;

import org.adelante.shared.FieldProblems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class PasswordRulesTests {

	@Test
	void aPasswordOfTwelveToOneHundredTwentyEightCharactersIsAcceptable() {
		assertThat(check("p".repeat(PasswordRules.MIN_LENGTH))).isEmpty();
		assertThat(check("correct horse battery staple")).isEmpty();
		assertThat(check("p".repeat(PasswordRules.MAX_LENGTH))).isEmpty();
	}

	@Test
	void aNewPasswordIsRequired() {
		assertThat(check(null)).containsExactly(entry("newPassword", "account.error.newPasswordRequired"));
		assertThat(check("")).containsExactly(entry("newPassword", "account.error.newPasswordRequired"));
	}

	@Test
	void aShorterPasswordIsTooShort() {
		assertThat(check("p".repeat(PasswordRules.MIN_LENGTH - 1)))
			.containsExactly(entry("newPassword", "account.error.passwordTooShort"));
		assertThat(check(" ")).containsExactly(entry("newPassword", "account.error.passwordTooShort"));
	}

	@Test
	void aLongerPasswordIsTooLong() {
		assertThat(check("p".repeat(PasswordRules.MAX_LENGTH + 1)))
			.containsExactly(entry("newPassword", "account.error.passwordTooLong"));
	}

	@Test
	void aPasswordIsMeasuredInCharacters() {
		assertThat(check("😀".repeat(PasswordRules.MIN_LENGTH))).isEmpty();
		assertThat(check("😀".repeat(PasswordRules.MIN_LENGTH - 1)))
			.containsExactly(entry("newPassword", "account.error.passwordTooShort"));
		assertThat(check("😀".repeat(PasswordRules.MAX_LENGTH))).isEmpty();
		assertThat(check("😀".repeat(PasswordRules.MAX_LENGTH + 1)))
			.containsExactly(entry("newPassword", "account.error.passwordTooLong"));
	}

	@Test
	void theProblemJoinsThoseAlreadyFound() {
		FieldProblems problems = new FieldProblems().add("currentPassword", "account.error.currentPassword");

		assertThat(PasswordRules.check(problems, "newPassword", "short")).isSameAs(problems);
		assertThat(problems.messageKeys()).containsExactly(entry("currentPassword", "account.error.currentPassword"),
				entry("newPassword", "account.error.passwordTooShort"));
	}

	private static Map<String, String> check(String password) {
		return PasswordRules.check(new FieldProblems(), "newPassword", password).messageKeys();
	}

}
