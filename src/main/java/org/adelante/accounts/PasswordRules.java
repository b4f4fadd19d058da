package org.adelante.accounts;

/**
 * What a staff password must be: long rather than complicated.
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private PasswordRules() {
	}

	public static boolean tooShort(String password) {
		return password == null || password.codePointCount(0, password.length()) < MIN_LENGTH;
	}

	public static boolean tooLong(String password) {
		return password != null && password.codePointCount(0, password.length()) > MAX_LENGTH;
	}

	static void check(String password) {
		if (tooShort(password) || tooLong(password)) {
			throw new IllegalArgumentException(
					"A password must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
		}
	}

}
