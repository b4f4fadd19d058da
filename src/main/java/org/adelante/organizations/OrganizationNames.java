package org.adelante.organizations;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.shared.Emails;
import org.adelante.shared.Text;

/**
 * The keys organisations are compared by when looking for duplicates: a normalised name
 * ("La Red de Derechos, A.C." and "Red de derechos" both become "red derechos"), an
 * acronym without dots and case (also one typed in brackets after a name, as in "Red
 * Fronteriza (RFJ)"), and a domain without {@code www.} for website hosts and email
 * domains.
 */
final class OrganizationNames {

	/**
	 * Words that do not tell two organisations apart: articles, conjunctions and legal
	 * forms in English and Spanish.
	 */
	static final Set<String> COMMON_WORDS = Set.of("the", "a", "an", "and", "of", "inc", "incorporated", "llc", "ltd",
			"limited", "corp", "corporation", "co", "plc", "llp", "gmbh", "la", "el", "los", "las", "y", "e", "de",
			"del", "ac", "sc", "sa", "cv", "srl", "iap", "abp");

	/** Legal forms written out, which say no more than their abbreviations. */
	private static final List<List<String>> LEGAL_PHRASES = List.of(List.of("asociacion", "civil"),
			List.of("sociedad", "civil"), List.of("sociedad", "anonima"), List.of("capital", "variable"),
			List.of("institucion", "asistencia", "privada"));

	/**
	 * Longest normalised name kept; names that agree this far are worth a look anyway.
	 */
	static final int KEY_MAX = OrganizationDetails.NAME_MAX;

	/** Longest acronym key kept. */
	static final int ACRONYM_KEY_MAX = OrganizationDetails.ACRONYM_MAX;

	/** Longest domain (RFC 1035), in its ASCII form. */
	static final int DOMAIN_MAX = 253;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/**
	 * Dots and apostrophes join what they separate: "A.C." is "ac", "People's" is
	 * "peoples".
	 */
	private static final Pattern JOINERS = Pattern.compile("[.'’`´]");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** A name ending in a bracketed word: "Red Fronteriza (RFJ)". */
	private static final Pattern BRACKETED = Pattern.compile("(.*?\\S)\\s*[(\\[]\\s*([^\\s()\\[\\]]+)\\s*[)\\]]\\s*");

	/** What a domain may be written with before it is made ASCII. */
	private static final Pattern DOMAIN_TEXT = Pattern.compile("[\\p{L}\\p{M}\\p{N}-]+(?:\\.[\\p{L}\\p{M}\\p{N}-]+)+");

	private static final Pattern ASCII_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

	private static final Set<String> COUNTRY_CODES = countryCodes();

	private OrganizationNames() {
	}

	/**
	 * The name as compared for duplicates: lower case, without accents, punctuation,
	 * common words, legal forms or an acronym in brackets at its end, words separated by
	 * single spaces. A name made only of common words keeps them, so it never normalises
	 * to nothing. At most {@value #KEY_MAX} characters, however much normalising
	 * lengthened the name ("ß" becomes "ss", "&" "and").
	 */
	static String normalize(String name) {
		List<String> words = words(withoutBracketedAcronym(name));
		List<String> significant = withoutLegalPhrases(words);
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

	/**
	 * The acronym typed in brackets at the end of a name, as in "Red Fronteriza por la
	 * Justicia (RFJ)": one word with at least two capitals that is neither a legal form
	 * ("(A.C.)") nor a country code ("Amnesty International (USA)" is not Amnesty
	 * International); {@code null} if there is none.
	 */
	static String bracketedAcronym(String name) {
		if (name == null) {
			return null;
		}
		Matcher matcher = BRACKETED.matcher(name.strip());
		if (!matcher.matches()) {
			return null;
		}
		String inside = matcher.group(2);
		String key = acronymKey(inside);
		boolean capitals = inside.codePoints().filter(Character::isUpperCase).count() >= 2;
		boolean looksLikeAcronym = capitals && key != null && Text.length(inside) <= ACRONYM_KEY_MAX
				&& !COMMON_WORDS.contains(key) && !COUNTRY_CODES.contains(key);
		return looksLikeAcronym ? inside : null;
	}

	/** Whether the name is a single word, such as "ACLU" or "A.C.L.U.". */
	static boolean isOneWord(String name) {
		return words(name).size() == 1;
	}

	/**
	 * The website's host as a {@link #domain domain}; null if it has none. An address
	 * typed without {@code http://} ("example.org/about") is read as if it had it.
	 */
	static String host(String website) {
		if (website == null || website.isBlank()) {
			return null;
		}
		String address = website.strip();
		try {
			String host = new URI(address.contains(":") ? address : "http://" + address).getHost();
			return (host != null) ? domain(host) : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * The domain of an email address, as a {@link #domain domain}; null unless the text
	 * is an address.
	 */
	static String emailDomain(String email) {
		String address = Emails.normalise(email);
		return Emails.isValid(address) ? domain(address.substring(address.lastIndexOf('@') + 1)) : null;
	}

	/**
	 * The domain as compared: lower case, in its ASCII form ("méxico.example" becomes
	 * "xn--mxico-bsa.example"), without a leading {@code www.} or {@code @} or a trailing
	 * dot; a web address gives its host. Null unless it is a domain of two or more labels
	 * whose last is not a number, at most {@value #DOMAIN_MAX} characters.
	 */
	static String domain(String text) {
		if (text == null) {
			return null;
		}
		String domain = text.strip().toLowerCase(Locale.ROOT);
		if (domain.contains("://")) {
			return host(domain);
		}
		domain = domain.startsWith("@") ? domain.substring(1) : domain;
		domain = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
		domain = domain.startsWith("www.") ? domain.substring(4) : domain;
		if (Text.length(domain) > DOMAIN_MAX || !DOMAIN_TEXT.matcher(domain).matches()) {
			return null;
		}
		String ascii;
		try {
			ascii = IDN.toASCII(Normalizer.normalize(domain, Normalizer.Form.NFC), IDN.USE_STD3_ASCII_RULES)
				.toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		String[] labels = ascii.split("\\.", -1);
		boolean valid = ascii.length() <= DOMAIN_MAX && labels.length >= 2
				&& Arrays.stream(labels).allMatch((label) -> ASCII_LABEL.matcher(label).matches())
				&& !labels[labels.length - 1].chars().allMatch(Character::isDigit);
		return valid ? ascii : null;
	}

	/** The domain as people read it: "xn--mxico-bsa.example" as "méxico.example". */
	static String readable(String domain) {
		try {
			return IDN.toUnicode(domain);
		}
		catch (IllegalArgumentException ex) {
			return domain;
		}
	}

	private static String withoutBracketedAcronym(String name) {
		if (bracketedAcronym(name) == null) {
			return name;
		}
		Matcher matcher = BRACKETED.matcher(name.strip());
		return matcher.matches() ? matcher.group(1) : name;
	}

	private static List<String> withoutLegalPhrases(List<String> words) {
		List<String> kept = new ArrayList<>(words);
		for (List<String> phrase : LEGAL_PHRASES) {
			int at = Collections.indexOfSubList(kept, phrase);
			while (at >= 0) {
				kept.subList(at, at + phrase.size()).clear();
				at = Collections.indexOfSubList(kept, phrase);
			}
		}
		return kept;
	}

	private static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		plain = JOINERS.matcher(plain.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("&", " and ")).replaceAll("");
		return Arrays.stream(NON_WORD.split(plain)).filter((word) -> !word.isEmpty()).toList();
	}

	private static Set<String> countryCodes() {
		Set<String> codes = new HashSet<>();
		for (String code : Locale.getISOCountries()) {
			codes.add(code.toLowerCase(Locale.ROOT));
		}
		for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
			codes.add(code.toLowerCase(Locale.ROOT));
		}
		return codes;
	}

}
