package org.adelante.accounts.web;

import org.adelante.accounts.PasswordRules;

/**
 * Checks a new password and its confirmation as the password forms need them.
 */
final class Passwords {

	private Passwords() {
	}

	static void check(String password, String confirmation, String field, String confirmationField, FormErrors errors) {
		if (password == null || password.isEmpty()) {
			errors.add(field, "account.error.newPasswordRequired");
		}
		else if (PasswordRules.tooShort(password)) {
			errors.add(field, "account.error.passwordTooShort");
		}
		else if (PasswordRules.tooLong(password)) {
			errors.add(field, "account.error.passwordTooLong");
		}
		else if (!password.equals(confirmation)) {
			errors.add(confirmationField, "account.error.passwordMismatch");
		}
	}

}
