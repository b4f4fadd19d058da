package org.adelante.accounts;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;

/**
 * What a staff password must be: long rather than complicated.
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private PasswordRules() {
	}

	static boolean tooShort(String password) {
		return Text.length(password) < MIN_LENGTH;
	}

	static boolean tooLong(String password) {
		return Text.length(password) > MAX_LENGTH;
	}

	/** Records what is wrong with a new password in the field, if anything. */
	public static FieldProblems check(FieldProblems problems, String field, String password) {
		if (password == null || password.isEmpty()) {
			problems.add(field, "account.error.newPasswordRequired");
		}
		else if (tooShort(password)) {
			problems.add(field, "account.error.passwordTooShort");
		}
		else if (tooLong(password)) {
			problems.add(field, "account.error.passwordTooLong");
		}
		return problems;
	}

}
