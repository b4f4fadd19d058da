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

	@Test
	void legalFormsWrittenOutOrAbbreviatedAreLeftOut() {
		assertThat(OrganizationNames.normalize("Salud Digna, Asociación Civil")).isEqualTo("salud digna");
		assertThat(OrganizationNames.normalize("Salud Digna, A.C.")).isEqualTo("salud digna");
		assertThat(OrganizationNames.normalize("Servicios Jurídicos, S.C.")).isEqualTo("servicios juridicos");
		assertThat(OrganizationNames.normalize("Imprenta Libre, S.A. de C.V.")).isEqualTo("imprenta libre");
		assertThat(OrganizationNames.normalize("Imprenta Libre Sociedad Anónima de Capital Variable"))
			.isEqualTo("imprenta libre");
		assertThat(OrganizationNames.normalize("Acme Advocacy, LLC")).isEqualTo("acme advocacy");
		assertThat(OrganizationNames.normalize("Tenants United Ltd.")).isEqualTo("tenants united");
		assertThat(OrganizationNames.normalize("Asociación Civil")).isEqualTo("asociacion civil");
	}

	@Test
	void anAcronymInBracketsAfterTheNameIsNotPartOfIt() {
		assertThat(OrganizationNames.bracketedAcronym("Red Fronteriza por la Justicia (RFJ)")).isEqualTo("RFJ");
		assertThat(OrganizationNames.bracketedAcronym("Red Fronteriza [R.F.J.] ")).isEqualTo("R.F.J.");
		assertThat(OrganizationNames.bracketedAcronym("Comité de Derechos Humanos (CoDeHum)")).isEqualTo("CoDeHum");
		assertThat(OrganizationNames.normalize("Red Fronteriza por la Justicia (RFJ)"))
			.isEqualTo("red fronteriza por justicia");
	}

	@Test
	void wordsInBracketsThatAreNoAcronymStayInTheName() {
		assertThat(OrganizationNames.bracketedAcronym("Colectivo (Tucson)")).isNull();
		assertThat(OrganizationNames.bracketedAcronym("Red de Derechos (A.C.)")).isNull();
		assertThat(OrganizationNames.bracketedAcronym("Amnesty International (USA)")).isNull();
		assertThat(OrganizationNames.bracketedAcronym("Colectivo Sur (MX)")).isNull();
		assertThat(OrganizationNames.bracketedAcronym("Red (de Derechos)")).isNull();
		assertThat(OrganizationNames.bracketedAcronym("(RFJ)")).isNull();
		assertThat(OrganizationNames.bracketedAcronym("Red (RFJ) Norte")).isNull();
		assertThat(OrganizationNames.bracketedAcronym("Red (" + "AB".repeat(16) + ")")).isNull();
		assertThat(OrganizationNames.bracketedAcronym(null)).isNull();
		assertThat(OrganizationNames.normalize("Amnesty International (USA)")).isEqualTo("amnesty international usa");
	}

	@Test
	void wideAndCompatibilityLettersAreTheirPlainLetters() {
		assertThat(OrganizationNames.normalize("Ｒｅｄ Ｆｒｏｎｔｅｒｉｚａ")).isEqualTo("red fronteriza");
		assertThat(OrganizationNames.normalize("Oﬁcina Legal")).isEqualTo("oficina legal");
	}

	@Test
	void oneWordNamesMayBeAcronyms() {
		assertThat(OrganizationNames.isOneWord("ACLU")).isTrue();
		assertThat(OrganizationNames.isOneWord("A.C.L.U.")).isTrue();
		assertThat(OrganizationNames.isOneWord("Red Fronteriza")).isFalse();
		assertThat(OrganizationNames.isOneWord(" ")).isFalse();
	}

	@Test
	void domainsCompareInLowerCaseAsciiWithoutWww() {
		assertThat(OrganizationNames.domain("Example.ORG")).isEqualTo("example.org");
		assertThat(OrganizationNames.domain(" www.example.org. ")).isEqualTo("example.org");
		assertThat(OrganizationNames.domain("@example.org")).isEqualTo("example.org");
		assertThat(OrganizationNames.domain("https://www.example.org/contact")).isEqualTo("example.org");
		assertThat(OrganizationNames.domain("mail.example.org")).isEqualTo("mail.example.org");
		assertThat(OrganizationNames.domain("méxico.example")).isEqualTo("xn--mxico-bsa.example");
		assertThat(OrganizationNames.readable("xn--mxico-bsa.example")).isEqualTo("méxico.example");
		assertThat(OrganizationNames.domain("red-fronteriza.org.mx")).isEqualTo("red-fronteriza.org.mx");
	}

	@Test
	void onlyDomainsAreDomains() {
		assertThat(OrganizationNames.domain("example")).isNull();
		assertThat(OrganizationNames.domain("exa mple.org")).isNull();
		assertThat(OrganizationNames.domain("exa\u200Bmple.org")).isNull();
		assertThat(OrganizationNames.domain("example..org")).isNull();
		assertThat(OrganizationNames.domain("-example.org")).isNull();
		assertThat(OrganizationNames.domain("example-.org")).isNull();
		assertThat(OrganizationNames.domain("ex_ample.org")).isNull();
		assertThat(OrganizationNames.domain("192.168.0.1")).isNull();
		assertThat(OrganizationNames.domain("<script>.org")).isNull();
		assertThat(OrganizationNames.domain("a".repeat(64) + ".org")).isNull();
		assertThat(OrganizationNames.domain(("a".repeat(60) + ".").repeat(5) + "org")).isNull();
		assertThat(OrganizationNames.domain("ana@example.org")).isNull();
		assertThat(OrganizationNames.domain("")).isNull();
		assertThat(OrganizationNames.domain(null)).isNull();
	}

	@Test
	void anEmailAddressGivesItsDomain() {
		assertThat(OrganizationNames.emailDomain(" Ana@Mail.Example.ORG ")).isEqualTo("mail.example.org");
		assertThat(OrganizationNames.emailDomain("ana@www.example.org")).isEqualTo("example.org");
		assertThat(OrganizationNames.emailDomain("not an address")).isNull();
		assertThat(OrganizationNames.emailDomain("ana@")).isNull();
		assertThat(OrganizationNames.emailDomain("ana@exa\u200Bmple.org")).isNull();
		assertThat(OrganizationNames.emailDomain(null)).isNull();
	}

	@Test
	void aWebsiteTypedWithoutItsSchemeStillHasItsHost() {
		assertThat(OrganizationNames.host("www.example.org/about")).isEqualTo("example.org");
		assertThat(OrganizationNames.host("example.org")).isEqualTo("example.org");
		assertThat(OrganizationNames.host("http://192.168.0.1/")).isNull();
	}

}
