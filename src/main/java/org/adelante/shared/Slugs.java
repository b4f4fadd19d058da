package org.adelante.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns titles into URL slugs: lower-case ASCII words joined by hyphens, accents removed
 * ("Declaración de Tucson" becomes "declaracion-de-tucson").
 */
public final class Slugs {

	/** Longest slug we generate or accept. */
	public static final int MAX_LENGTH = 120;

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String slug = NON_WORD.matcher(ascii.toLowerCase(Locale.ROOT).replace("ß", "ss")).replaceAll("-");
		slug = trimHyphens(slug);
		if (slug.length() > MAX_LENGTH) {
			slug = trimHyphens(slug.substring(0, MAX_LENGTH));
		}
		return slug;
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
	}

	private static String trimHyphens(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
