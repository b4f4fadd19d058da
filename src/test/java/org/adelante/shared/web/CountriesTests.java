package org.adelante.shared.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Test
	void everyCountryIsOfferedSortedByItsNameInThePageLanguage() {
		List<String> labels = Countries.options(SPANISH).stream().map(FormOption::label).toList();

		assertThat(labels).hasSize(Locale.getISOCountries().length)
			.isSortedAccordingTo(Comparator.comparing((String label) -> label, Collator.getInstance(SPANISH)));
		assertThat(labels.indexOf("Perú")).isLessThan(labels.indexOf("Polonia"));
	}

	@Test
	void eachLanguageGetsItsOwnNamesHoweverOftenAndInWhateverOrderItIsAskedFor() {
		for (int i = 0; i < 2; i++) {
			assertThat(label("DE", Locale.ENGLISH)).isEqualTo("Germany");
			assertThat(label("DE", SPANISH)).isEqualTo("Alemania");
		}
		for (String tag : List.of("fr", "de", "it", "pt", "nl", "sv", "pl", "tr", "ja", "en")) {
			assertThat(Countries.options(Locale.forLanguageTag(tag))).as(tag).hasSize(Locale.getISOCountries().length);
		}
		assertThat(label("DE", Locale.GERMAN)).isEqualTo("Deutschland");
	}

	@Test
	void aCountryIsNamedAsItsChoiceIsAndAnUnknownCodeNotAtAll() {
		assertThat(Countries.name("MX", SPANISH)).isEqualTo("México").isEqualTo(label("MX", SPANISH));
		assertThat(Countries.name("MX", Locale.ENGLISH)).isEqualTo("Mexico");
		assertThat(Countries.name("XX", SPANISH)).isNull();
		assertThat(Countries.name("mx", SPANISH)).isNull();
		assertThat(Countries.name(null, SPANISH)).isNull();
	}

	private static String label(String code, Locale locale) {
		return Countries.options(locale)
			.stream()
			.filter((option) -> option.value().equals(code))
			.findFirst()
			.orElseThrow()
			.label();
	}

}
