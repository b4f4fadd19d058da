package org.adelante.letters;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.adelante.organizations.Scope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignatoryListTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private long serial;

	@Test
	void theConvenersComeFirstThenTheGroupsByScopeWidestFirstThenThePeople() {
		List<Signatory> signatories = List.of(organization("Local Group", Scope.LOCAL, "US"), person("Zoe Person"),
				organization("World Network", Scope.INTERNATIONAL, "GB"), convener("Zeta Conveners", Scope.LOCAL),
				organization("Country Alliance", Scope.NATIONAL, "MX"),
				convener("Alpha Conveners", Scope.INTERNATIONAL), organization("Nobody Knows", null, null),
				organization("State Union", Scope.REGIONAL, "US"), person("Ana Person"));

		SignatoryList list = SignatoryList.of(signatories, Grouping.BY_SCOPE, Locale.ENGLISH);

		assertThat(list.conveners()).extracting(Signatory::name).containsExactly("Alpha Conveners", "Zeta Conveners");
		assertThat(list.groups()).extracting(SignatoryList.Group::headingKey)
			.containsExactly("organizations.scope.international", "organizations.scope.national",
					"organizations.scope.regional", "organizations.scope.local", "letters.group.scopeUnknown");
		assertThat(list.groups()).extracting((group) -> group.members().get(0).name())
			.containsExactly("World Network", "Country Alliance", "State Union", "Local Group", "Nobody Knows");
		assertThat(list.individuals()).extracting(Signatory::name).containsExactly("Ana Person", "Zoe Person");
	}

	@Test
	void withinAGroupNamesAreAlphabeticalIgnoringAccentsAndCase() {
		List<Signatory> signatories = List.of(organization("Éxito Colectivo", Scope.LOCAL, "MX"),
				organization("alianza del sur", Scope.LOCAL, "MX"), organization("Árbol Vivo", Scope.LOCAL, "MX"),
				organization("Elena's Fund", Scope.LOCAL, "US"), organization("Beta", Scope.LOCAL, "US"));

		SignatoryList list = SignatoryList.of(signatories, Grouping.BY_SCOPE, Locale.ENGLISH);

		assertThat(list.groups()).singleElement()
			.satisfies((group) -> assertThat(group.members()).extracting(Signatory::name)
				.containsExactly("alianza del sur", "Árbol Vivo", "Beta", "Elena's Fund", "Éxito Colectivo"));
	}

	@Test
	void spanishSortsEnyeAfterEnWhereEnglishDoesNot() {
		List<Signatory> signatories = List.of(organization("Ñandú Colectivo", Scope.LOCAL, "AR"),
				organization("Nube Roja", Scope.LOCAL, "AR"), organization("Oasis", Scope.LOCAL, "AR"),
				organization("nación joven", Scope.LOCAL, "AR"));

		List<String> spanish = names(SignatoryList.of(signatories, Grouping.NONE, SPANISH));
		List<String> english = names(SignatoryList.of(signatories, Grouping.NONE, Locale.ENGLISH));

		assertThat(spanish).containsExactly("nación joven", "Nube Roja", "Ñandú Colectivo", "Oasis");
		assertThat(english).containsExactly("nación joven", "Ñandú Colectivo", "Nube Roja", "Oasis");
	}

	@Test
	void byCountryTheGroupsAreInTheAlphabeticalOrderOfTheCountriesNamesInThePageLanguage() {
		List<Signatory> signatories = List.of(organization("In Germany", Scope.LOCAL, "DE"),
				organization("In Spain", Scope.LOCAL, "ES"), organization("In Mexico", Scope.LOCAL, "MX"),
				organization("In the US", Scope.LOCAL, "US"), organization("Nowhere", Scope.LOCAL, null),
				organization("In Austria", Scope.LOCAL, "AT"));

		assertThat(SignatoryList.of(signatories, Grouping.BY_COUNTRY, Locale.ENGLISH).groups())
			.extracting(SignatoryList.Group::heading)
			.containsExactly("Austria", "Germany", "Mexico", "Spain", "United States", null);
		assertThat(SignatoryList.of(signatories, Grouping.BY_COUNTRY, SPANISH).groups())
			.extracting(SignatoryList.Group::heading)
			.containsExactly("Alemania", "Austria", "España", "Estados Unidos", "México", null);
		assertThat(SignatoryList.of(signatories, Grouping.BY_COUNTRY, SPANISH).groups()).last()
			.satisfies((group) -> assertThat(group.headingKey()).isEqualTo("letters.group.countryUnknown"));
	}

	@Test
	void anUngroupedListIsOneGroupWithoutAHeading() {
		SignatoryList list = SignatoryList.of(
				List.of(organization("B", Scope.LOCAL, "US"), organization("A", Scope.NATIONAL, "MX")), Grouping.NONE,
				Locale.ENGLISH);

		assertThat(list.groups()).singleElement().satisfies((group) -> {
			assertThat(group.hasHeading()).isFalse();
			assertThat(group.members()).extracting(Signatory::name).containsExactly("A", "B");
		});
	}

	@Test
	void namesThatDifferOnlyInCaseOrAccentsKeepAFixedOrder() {
		Signatory lower = organization("red del agua", Scope.LOCAL, "MX");
		Signatory upper = organization("Red del Agua", Scope.LOCAL, "MX");
		Signatory accented = organization("Réd del Agua", Scope.LOCAL, "MX");

		List<String> one = names(SignatoryList.of(List.of(accented, upper, lower), Grouping.NONE, Locale.ENGLISH));
		List<String> other = names(SignatoryList.of(List.of(lower, accented, upper), Grouping.NONE, Locale.ENGLISH));

		assertThat(one).isEqualTo(other).containsExactly("red del agua", "Red del Agua", "Réd del Agua");
	}

	@Test
	void withdrawnSignaturesStayInTheirPlace() {
		Signatory withdrawn = new Signatory(++this.serial, SignerKind.ORGANIZATION, "Bravo", null, null, "US",
				Scope.LOCAL, false, Instant.parse("2026-05-01T10:00:00Z"));

		SignatoryList list = SignatoryList.of(List.of(organization("Charlie", Scope.LOCAL, "US"), withdrawn,
				organization("Alpha", Scope.LOCAL, "US")), Grouping.BY_SCOPE, Locale.ENGLISH);

		assertThat(list.groups().get(0).members()).extracting(Signatory::name)
			.containsExactly("Alpha", "Bravo", "Charlie");
		assertThat(list.groups().get(0).members().get(1).withdrawn()).isTrue();
	}

	@Test
	void anEmptyListIsEmpty() {
		assertThat(SignatoryList.of(List.of(), Grouping.BY_SCOPE, Locale.ENGLISH).isEmpty()).isTrue();
		assertThat(SignatoryList.of(List.of(person("One")), Grouping.BY_SCOPE, Locale.ENGLISH).isEmpty()).isFalse();
		assertThat(SignatoryList.of(List.of(convener("One", null)), Grouping.NONE, Locale.ENGLISH).isEmpty()).isFalse();
	}

	@Test
	void aPlaceNamesTheCityAndRegionThatAreKnown() {
		assertThat(new Signatory(1, SignerKind.ORGANIZATION, "A", "Tucson", "Arizona", "US", null, false, null).place())
			.isEqualTo("Tucson, Arizona");
		assertThat(new Signatory(1, SignerKind.ORGANIZATION, "A", null, "Arizona", "US", null, false, null).place())
			.isEqualTo("Arizona");
		assertThat(new Signatory(1, SignerKind.ORGANIZATION, "A", " ", null, "US", null, false, null).place())
			.isEmpty();
	}

	private Signatory organization(String name, Scope scope, String country) {
		return new Signatory(++this.serial, SignerKind.ORGANIZATION, name, "City", null, country, scope, false, null);
	}

	private Signatory convener(String name, Scope scope) {
		return new Signatory(++this.serial, SignerKind.ORGANIZATION, name, null, null, "US", scope, true, null);
	}

	private Signatory person(String name) {
		return new Signatory(++this.serial, SignerKind.INDIVIDUAL, name, "City", null, "US", null, false, null);
	}

	private static List<String> names(SignatoryList list) {
		return list.groups().stream().flatMap((group) -> group.members().stream()).map(Signatory::name).toList();
	}

}
