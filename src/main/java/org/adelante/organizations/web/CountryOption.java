package org.adelante.organizations.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A choice in the country list: an ISO code and its name in the page language.
 *
 * @param code the ISO 3166-1 alpha-2 code
 * @param name the country's name
 */
public record CountryOption(String code, String name) {

	/** Every ISO country, sorted by its name in the given language. */
	static List<CountryOption> all(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Stream.of(Locale.getISOCountries())
			.map((code) -> new CountryOption(code, new Locale("", code).getDisplayCountry(locale)))
			.sorted(Comparator.comparing(CountryOption::name, collator))
			.toList();
	}

}
