package org.adelante.shared.web;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The countries a public form offers: every ISO 3166-1 alpha-2 code, named and sorted in
 * the page language.
 */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	/**
	 * More languages than the site speaks: the names and sorted choices of each are kept,
	 * since naming and sorting some 250 countries took most of the time of rendering a
	 * page with a signing form, and naming them one by one much of a long signatory list.
	 */
	private static final int KEPT_LANGUAGES = 8;

	private static final Map<Locale, Named> KEPT = new ConcurrentHashMap<>();

	private Countries() {
	}

	/** Whether the code (in upper case) is an ISO country code. */
	public static boolean isKnown(String code) {
		return code != null && CODES.contains(code);
	}

	/**
	 * The code of a country written as people write it in a spreadsheet: its code in any
	 * case ({@code mx}), or its name in English or Spanish ignoring case, accents and
	 * punctuation ({@code México}, {@code united states}, {@code EE. UU.}); {@code null}
	 * for anything else.
	 */
	public static String code(String written) {
		if (written == null) {
			return null;
		}
		String upper = written.strip().toUpperCase(Locale.ROOT);
		if (isKnown(upper)) {
			return upper;
		}
		return ByName.CODES.get(ByName.key(written));
	}

	/** The country's name in the language, or {@code null} for an unknown code. */
	public static String name(String code, Locale locale) {
		return isKnown(code) ? in(locale).names().get(code) : null;
	}

	/** Every country as a choice, sorted by its name in the language. */
	public static List<FormOption> options(Locale locale) {
		return in(locale).options();
	}

	private static Named in(Locale locale) {
		Named kept = KEPT.get(locale);
		if (kept != null) {
			return kept;
		}
		Named named = Named.in(locale);
		if (KEPT.size() < KEPT_LANGUAGES) {
			KEPT.putIfAbsent(locale, named);
		}
		return named;
	}

	/**
	 * Every country's name in one language, and the choices sorted by them.
	 *
	 * @param names the names by code
	 * @param options the choices
	 */
	private record Named(Map<String, String> names, List<FormOption> options) {

		static Named in(Locale locale) {
			Map<String, String> names = Stream.of(Locale.getISOCountries())
				.collect(Collectors.toUnmodifiableMap(Function.identity(),
						(code) -> new Locale("", code).getDisplayCountry(locale)));
			Collator collator = Collator.getInstance(locale);
			List<FormOption> options = names.entrySet()
				.stream()
				.map((name) -> FormOption.of(name.getKey(), name.getValue()))
				.sorted(Comparator.comparing(FormOption::label, collator))
				.toList();
			return new Named(names, options);
		}

	}

	/**
	 * Every country's code by its names in English and Spanish, and a few common others.
	 */
	private static final class ByName {

		private static final Pattern MARKS = Pattern.compile("\\p{M}+");

		private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

		static final Map<String, String> CODES = codes();

		private static Map<String, String> codes() {
			Map<String, String> codes = new HashMap<>();
			for (String code : Locale.getISOCountries()) {
				for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
					codes.putIfAbsent(key(new Locale("", code).getDisplayCountry(language)), code);
				}
			}
			Map.of("usa", "US", "united states of america", "US", "eeuu", "US", "ee uu", "US",
					"estados unidos de america", "US", "uk", "GB", "great britain", "GB", "mexico df", "MX")
				.forEach(codes::putIfAbsent);
			return Map.copyOf(codes);
		}

		static String key(String name) {
			String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
			return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
		}

	}

}
