package org.adelante.organizations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationNamesTests {

	@Test
	void namesDifferingOnlyInCaseAccentsPunctuationAndCommonWordsNormaliseAlike() {
		assertThat(OrganizationNames.normalize("La Red de Derechos Humanos de México, A.C."))
			.isEqualTo("red derechos humanos mexico");
		assertThat(OrganizationNames.normalize("red  derechos-humanos  MEXICO"))
			.isEqualTo("red derechos humanos mexico");
		assertThat(OrganizationNames.normalize("The Coalition for Justice, Inc."))
			.isEqualTo(OrganizationNames.normalize("coalition for justice"));
		assertThat(OrganizationNames.normalize("El Colectivo Jóvenes y Tierra"))
			.isEqualTo(OrganizationNames.normalize("Colectivo JOVENES Tierra"));
	}

	@Test
	void apostrophesAndDotsJoinWordsAndAmpersandIsACommonWord() {
		assertThat(OrganizationNames.normalize("People's Union & Friends")).isEqualTo("peoples union friends");
		assertThat(OrganizationNames.normalize("Peoples Union and Friends")).isEqualTo("peoples union friends");
	}

	@Test
	void differentNamesStayDifferent() {
		assertThat(OrganizationNames.normalize("Red de Mujeres"))
			.isNotEqualTo(OrganizationNames.normalize("Red de Hombres"));
		assertThat(OrganizationNames.normalize("Coalition for Justice"))
			.isNotEqualTo(OrganizationNames.normalize("Coalition for Peace"));
	}

	@Test
	void aNameOfOnlyCommonWordsKeepsThem() {
		assertThat(OrganizationNames.normalize("The A Co.")).isEqualTo("the a co");
		assertThat(OrganizationNames.normalize("   ")).isEmpty();
		assertThat(OrganizationNames.normalize(null)).isEmpty();
	}

	@Test
	void leadingPunctuationLeavesNoEmptyWord() {
		assertThat(OrganizationNames.normalize("¡The!")).isEqualTo("the");
		assertThat(OrganizationNames.normalize("«La Red»")).isEqualTo("red");
		assertThat(OrganizationNames.searchable("¿Dónde está la Red?")).isEqualTo("donde esta la red");
	}

	@Test
	void acronymsCompareWithoutDotsOrCase() {
		assertThat(OrganizationNames.acronymKey("A.C.L.U.")).isEqualTo("aclu");
		assertThat(OrganizationNames.acronymKey("aclu")).isEqualTo("aclu");
		assertThat(OrganizationNames.acronymKey(" ")).isNull();
		assertThat(OrganizationNames.acronymKey(null)).isNull();
	}

	@Test
	void websitesCompareByHostWithoutWwwOrCase() {
		assertThat(OrganizationNames.host("https://www.Example.org/about?x=1")).isEqualTo("example.org");
		assertThat(OrganizationNames.host("http://example.org")).isEqualTo("example.org");
		assertThat(OrganizationNames.host("http://news.example.org/")).isEqualTo("news.example.org");
		assertThat(OrganizationNames.host("not a url")).isNull();
		assertThat(OrganizationNames.host("")).isNull();
	}

	@Test
	void searchableTextKeepsCommonWordsButDropsAccentsAndPunctuation() {
		assertThat(OrganizationNames.searchable("Red de Derechos, México")).isEqualTo("red de derechos mexico");
	}

	@Test
	void aNormalisedNameIsCutToTheLongestKey() {
		assertThat(OrganizationNames.normalize("n".repeat(OrganizationNames.KEY_MAX)))
			.isEqualTo("n".repeat(OrganizationNames.KEY_MAX));
		assertThat(OrganizationNames.normalize("n".repeat(OrganizationNames.KEY_MAX + 1)))
			.isEqualTo("n".repeat(OrganizationNames.KEY_MAX));
	}

	@Test
	void aNameThatNormalisingLengthensIsCutToo() {
		assertThat(OrganizationNames.normalize("ß".repeat(101))).isEqualTo("s".repeat(OrganizationNames.KEY_MAX));
		assertThat(OrganizationNames.normalize("&".repeat(200))).isEqualTo("and ".repeat(49) + "and")
			.hasSizeLessThanOrEqualTo(OrganizationNames.KEY_MAX);
	}

	@Test
	void aSharpSIsTwoEssesAndAnAmpersandSeparatesWords() {
		assertThat(OrganizationNames.normalize("Straße")).isEqualTo(OrganizationNames.normalize("Strasse"))
			.isEqualTo("strasse");
		assertThat(OrganizationNames.normalize("Salud&Vida")).isEqualTo("salud vida");
	}

	@Test
	void anAcronymKeyIsCutToTheLongestAcronym() {
		String longest = "a".repeat(OrganizationNames.ACRONYM_KEY_MAX);

		assertThat(OrganizationNames.acronymKey(longest)).isEqualTo(longest);
		assertThat(OrganizationNames.acronymKey(longest + "b")).isEqualTo(longest);
		assertThat(OrganizationNames.acronymKey("ß".repeat(16))).isEqualTo("s".repeat(30));
	}

	@Test
	void anAcronymOfPunctuationOnlyHasNoKey() {
		assertThat(OrganizationNames.acronymKey("...")).isNull();
		assertThat(OrganizationNames.acronymKey("¡-!")).isNull();
		assertThat(OrganizationNames.acronymKey("A.C. 2")).isEqualTo("ac2");
	}

	@Test
	void aHostEndingInADotIsTheSameHost() {
		assertThat(OrganizationNames.host("https://example.org./about")).isEqualTo("example.org");
		assertThat(OrganizationNames.host("https://WWW.example.org.")).isEqualTo("example.org");
	}

	@Test
	void onlyALeadingWwwIsDropped() {
		assertThat(OrganizationNames.host("https://www2.example.org")).isEqualTo("www2.example.org");
		assertThat(OrganizationNames.host("https://news.www.example.org")).isEqualTo("news.www.example.org");
		assertThat(OrganizationNames.host("https://wwwexample.org")).isEqualTo("wwwexample.org");
	}

	@Test
	void aWebsiteWithoutAHostHasNone() {
		assertThat(OrganizationNames.host(" https://example.org ")).isEqualTo("example.org");
		assertThat(OrganizationNames.host("mailto:info@example.org")).isNull();
		assertThat(OrganizationNames.host("https:///about")).isNull();
		assertThat(OrganizationNames.host("https://")).isNull();
		assertThat(OrganizationNames.host("   ")).isNull();
		assertThat(OrganizationNames.host(null)).isNull();
	}

}
