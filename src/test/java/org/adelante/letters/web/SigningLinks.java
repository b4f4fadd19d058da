package org.adelante.letters.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.test.ReceivedMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The links a signer's confirmation email carries, read from the email as received.
 *
 * @param confirm the path of the confirmation link
 * @param withdraw the path of the withdrawal link
 */
record SigningLinks(String confirm, String withdraw) {

	private static final Pattern CONFIRM = Pattern.compile("http://localhost(/signatures/confirm/[A-Za-z0-9_-]{43})");

	private static final Pattern WITHDRAW = Pattern.compile("http://localhost(/signatures/withdraw/[A-Za-z0-9_-]{43})");

	/** The links in the email; fails if it lacks one. */
	static SigningLinks in(ReceivedMail mail) {
		return new SigningLinks(find(CONFIRM, mail.text()), find(WITHDRAW, mail.text()));
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("a link in: " + text).isTrue();
		return matcher.group(1);
	}

}
