package org.adelante.organizations;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.adelante.shared.Text;

/**
 * The keys organisations are compared by when looking for duplicates: a normalised name
 * ("La Red de Derechos, A.C." and "Red de derechos" both become "red derechos"), an
 * acronym without dots and case, and a website host without {@code www.}.
 */
final class OrganizationNames {

	/**
	 * Words that do not tell two organisations apart: articles, conjunctions and legal
	 * forms in English and Spanish.
	 */
	static final Set<String> COMMON_WORDS = Set.of("the", "a", "an", "and", "of", "inc", "incorporated", "llc", "ltd",
			"limited", "corp", "corporation", "co", "la", "el", "los", "las", "y", "e", "de", "del", "ac", "sc", "iap",
			"abp");

	/**
	 * Longest normalised name kept; names that agree this far are worth a look anyway.
	 */
	static final int KEY_MAX = OrganizationDetails.NAME_MAX;

	/** Longest acronym key kept. */
	static final int ACRONYM_KEY_MAX = OrganizationDetails.ACRONYM_MAX;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/**
	 * Dots and apostrophes join what they separate: "A.C." is "ac", "People's" is
	 * "peoples".
	 */
	private static final Pattern JOINERS = Pattern.compile("[.'’`´]");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private OrganizationNames() {
	}

	/**
	 * The name as compared for duplicates: lower case, without accents, punctuation or
	 * common words, words separated by single spaces. A name made only of common words
	 * keeps them, so it never normalises to nothing. At most {@value #KEY_MAX}
	 * characters, however much normalising lengthened the name ("ß" becomes "ss", "&"
	 * "and").
	 */
	static String normalize(String name) {
		List<String> words = words(name);
		List<String> significant = new ArrayList<>(words);
		significant.removeIf(COMMON_WORDS::contains);
		return Text.truncate(String.join(" ", significant.isEmpty() ? words : significant), KEY_MAX).strip();
	}

	/** Lower-case words of a text without accents or punctuation, for searching. */
	static String searchable(String text) {
		return String.join(" ", words(text));
	}

	/**
	 * The acronym as compared: letters and digits only, lower case, at most
	 * {@value #ACRONYM_KEY_MAX} characters; null if none.
	 */
	static String acronymKey(String acronym) {
		String key = Text.truncate(String.join("", words(acronym)), ACRONYM_KEY_MAX);
		return key.isEmpty() ? null : key;
	}

	/** The website's host, lower case and without {@code www.}; null if it has none. */
	static String host(String website) {
		if (website == null || website.isBlank()) {
			return null;
		}
		try {
			String host = new URI(website.strip()).getHost();
			if (host == null || host.isBlank()) {
				return null;
			}
			host = host.toLowerCase(Locale.ROOT);
			if (host.endsWith(".")) {
				host = host.substring(0, host.length() - 1);
			}
			return host.startsWith("www.") ? host.substring(4) : host;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		plain = JOINERS.matcher(plain.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("&", " and ")).replaceAll("");
		return Arrays.stream(NON_WORD.split(plain)).filter((word) -> !word.isEmpty()).toList();
	}

}
