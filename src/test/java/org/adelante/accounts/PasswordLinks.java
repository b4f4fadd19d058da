package org.adelante.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-password links that invitations and password-reset emails carry, for tests.
 */
final class PasswordLinks {

	private static final Pattern LINK = Pattern.compile("http://localhost(/password-reset/[A-Za-z0-9_-]{43})");

	private PasswordLinks() {
	}

	/** The path of the set-password link in an email's text; fails if it has none. */
	static String in(String text) {
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("a set-password link in: " + text).isTrue();
		return matcher.group(1);
	}

}
