package org.adelante.accounts.web;

import org.adelante.accounts.PasswordRules;
import org.adelante.shared.FieldProblems;

/**
 * Checks a new password and its confirmation as the password forms need them.
 */
final class Passwords {

	private Passwords() {
	}

	static void check(String password, String confirmation, String field, String confirmationField,
			FieldProblems problems) {
		PasswordRules.check(problems, field, password);
		if (!problems.has(field) && !password.equals(confirmation)) {
			problems.add(confirmationField, "account.error.passwordMismatch");
		}
	}

}
