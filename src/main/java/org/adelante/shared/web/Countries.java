package org.adelante.shared.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The countries a public form offers: every ISO 3166-1 alpha-2 code, named and sorted in
 * the page language.
 */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	/**
	 * More languages than the site speaks: the sorted choices of each are kept, since
	 * sorting some 250 names with a collator took most of the time of rendering a page
	 * with a signing form.
	 */
	private static final int KEPT_LANGUAGES = 8;

	private static final Map<Locale, List<FormOption>> OPTIONS = new ConcurrentHashMap<>();

	private Countries() {
	}

	/** Whether the code (in upper case) is an ISO country code. */
	public static boolean isKnown(String code) {
		return code != null && CODES.contains(code);
	}

	/** The country's name in the language, or {@code null} for an unknown code. */
	public static String name(String code, Locale locale) {
		return isKnown(code) ? new Locale("", code).getDisplayCountry(locale) : null;
	}

	/** Every country as a choice, sorted by its name in the language. */
	public static List<FormOption> options(Locale locale) {
		List<FormOption> kept = OPTIONS.get(locale);
		if (kept != null) {
			return kept;
		}
		List<FormOption> options = sorted(locale);
		if (OPTIONS.size() < KEPT_LANGUAGES) {
			OPTIONS.putIfAbsent(locale, options);
		}
		return options;
	}

	private static List<FormOption> sorted(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Stream.of(Locale.getISOCountries())
			.map((code) -> FormOption.of(code, name(code, locale)))
			.sorted(Comparator.comparing(FormOption::label, collator))
			.toList();
	}

}
