package org.adelante.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one check of email addresses: something like {@code name@example.org}, with no
 * spaces or control characters, at most {@value #MAX_LENGTH} characters (RFC 5321) with a
 * local part of at most {@value #MAX_LOCAL_LENGTH}.
 */
public final class Emails {

	/** Longest address, in characters. */
	public static final int MAX_LENGTH = 254;

	/** Longest part before the {@code @}. */
	public static final int MAX_LOCAL_LENGTH = 64;

	/**
	 * No white space of any kind (no-break and line separators included), control or
	 * invisible formatting characters (such as zero-width spaces) anywhere.
	 */
	private static final Pattern ADDRESS = Pattern.compile(
			"[^@\\s\\p{Z}\\p{C}]+@[^@\\s\\p{Z}\\p{C}.][^@\\s\\p{Z}\\p{C}]*\\.[^@\\s\\p{Z}\\p{C}.][^@\\s\\p{Z}\\p{C}]*");

	private Emails() {
	}

	/** Whether the text (as it will be stored) is an acceptable address. */
	public static boolean isValid(String address) {
		if (address == null || Text.length(address) > MAX_LENGTH || !ADDRESS.matcher(address).matches()) {
			return false;
		}
		String local = address.substring(0, address.indexOf('@'));
		return Text.length(local) <= MAX_LOCAL_LENGTH && !address.endsWith(".");
	}

	/**
	 * The address as accounts and lists compare it: without surrounding white space, in
	 * lower case. Check {@link #isValid} on this form: lower-casing can make text longer.
	 */
	public static String normalise(String address) {
		return (address != null) ? address.strip().toLowerCase(Locale.ROOT) : "";
	}

}
