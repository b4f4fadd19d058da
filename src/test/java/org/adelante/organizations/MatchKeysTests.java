package org.adelante.organizations;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule of what matches what, for tricky names in English and Spanish: a
 * registered organisation (name, acronym, aliases, website, email domains) against an
 * organisation described from outside (name, website, email).
 */
class MatchKeysTests {

	@ParameterizedTest(name = "{0} / {1}: {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			The Coalition for Justice, Inc.          | coalition for justice              | NAME
			Coalition for Justice Inc                | The Coalition for Justice, Inc.    | NAME
			Coalition for Justice, Inc.              | Coalition for Justice Inc          | NAME
			Red de Derechos Humanos de México, A.C.  | red de derechos humanos de mexico  | NAME
			Red de Derechos Humanos, A.C.            | Red de Derechos Humanos AC         | NAME
			Red de Derechos Humanos                  | Red de Derechos Humanos, Asociación Civil | NAME
			Servicios Jurídicos, S.C.                | SERVICIOS JURIDICOS SC             | NAME
			Acme Advocacy LLC                        | Acme Advocacy                      | NAME
			Tenants United Ltd                       | Tenants United Ltd.                | NAME
			Tenants United Ltd.                      | The Tenants United                 | NAME
			People's Union & Friends                 | Peoples Union and Friends          | NAME
			People’s Union                           | People's Union                     | NAME
			Straße der Hoffnung                      | STRASSE DER HOFFNUNG               | NAME
			Derechos y Justicia                      | Derechos & Justicia                | NAME
			Niñez en Movimiento                      | Ninez en Movimiento                | NAME
			Red Fronteriza por la Justicia           | Red Fronteriza por la Justicia (RFJ) | NAME
			Ｒｅｄ Ｆｒｏｎｔｅｒｉｚａ                | Red Fronteriza                     | NAME
			Coalition for Justice                    | Coalition for Peace                | -
			Red de Mujeres                           | Red de Hombres                     | -
			Amnesty International                    | Amnesty International (USA)        | -
			Amnesty International                    | Amnesty International México       | -
			The                                      | A                                  | -
			""")
	void namesMatchByTheirNormalisedForm(String registered, String candidate, MatchLevel expected) {
		assertThat(candidate(candidate, null, null).against(registered(registered, null, List.of(), null, List.of())))
			.isEqualTo(Optional.ofNullable(expected));
	}

	@ParameterizedTest(name = "{0} ({1}) / {2}: {3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			American Civil Liberties Union       | ACLU | ACLU                                  | ACRONYM
			American Civil Liberties Union       | ACLU | A.C.L.U.                              | ACRONYM
			American Civil Liberties Union       | ACLU | aclu                                  | ACRONYM
			American Civil Liberties Union       | ACLU | Civil Liberties Union (ACLU)          | ACRONYM
			Red Fronteriza por la Justicia (RFJ) | -    | RFJ                                   | ACRONYM
			Red Fronteriza por la Justicia (RFJ) | -    | Red Fronteriza por la Justicia        | NAME
			Red Fronteriza por la Justicia (RFJ) | -    | Frontera Justa [RFJ]                  | ACRONYM
			ACLU                                 | -    | American Civil Liberties Union (ACLU) | ACRONYM
			Red de Derechos (A.C.)               | -    | Red de Derechos                       | NAME
			Red de Derechos (A.C.)               | -    | AC                                    | -
			Colectivo (Tucson)                   | -    | Tucson                                | -
			Colectivo Sur (MX)                   | -    | MX                                    | -
			Colectivo Sur (MX)                   | -    | Colectivo Sur                         | -
			American Civil Liberties Union       | ACLU | American Union (ACL)                  | -
			Colectivo X                          | X    | X                                     | -
			""")
	void acronymsMatchWhereverTheyAreTyped(String registered, String acronym, String candidate, MatchLevel expected) {
		assertThat(
				candidate(candidate, null, null).against(registered(registered, acronym, List.of(), null, List.of())))
			.isEqualTo(Optional.ofNullable(expected));
	}

	@Test
	void otherAndFormerNamesMatchAsAliases() {
		MatchKeys semillas = registered("Colectivo Semillas del Norte", null,
				List.of("Semillas", "Colectivo Semillas, A.C.", "Red Semilla (RSDN)"), null, List.of());

		assertThat(candidate("semillas", null, null).against(semillas)).contains(MatchLevel.ALIAS);
		assertThat(candidate("El Colectivo Semillas AC", null, null).against(semillas)).contains(MatchLevel.ALIAS);
		assertThat(candidate("Colectivo Semillas del Norte", null, null).against(semillas)).contains(MatchLevel.NAME);
		assertThat(candidate("RSDN", null, null).against(semillas)).contains(MatchLevel.ACRONYM);
		assertThat(candidate("Semillas del Sur", null, null).against(semillas)).isEmpty();
	}

	@ParameterizedTest(name = "{0} / {1}: {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			http://redfronteriza.org/about   | -                           | DOMAIN
			https://WWW.RedFronteriza.org    | -                           | DOMAIN
			www.redfronteriza.org            | -                           | DOMAIN
			redfronteriza.org/contacto       | -                           | DOMAIN
			https://tucson.redfronteriza.org | -                           | DOMAIN
			-                                | ana@redfronteriza.org       | DOMAIN
			-                                | Ana@RFJ.org.mx              | DOMAIN
			-                                | ana@sonora.rfj.org.mx       | DOMAIN
			-                                | ana@www.rfj.org.mx          | DOMAIN
			-                                | ana@gmail.com               | -
			https://www.gmail.com            | -                           | -
			-                                | ana@notredfronteriza.org    | -
			-                                | ana@redfronteriza.org.example | -
			-                                | ana@org.mx                  | -
			-                                | not an address              | -
			https://redfronteriza.example    | -                           | -
			""")
	void websiteHostsAndEmailDomainsMatchTheirDomainsAndSubdomains(String website, String email, MatchLevel expected) {
		MatchKeys registered = registered("Red Fronteriza por la Justicia", null, List.of(),
				"https://www.redfronteriza.org/", List.of("rfj.org.mx"));
		assertThat(candidate("Otro nombre", website, email).against(registered))
			.isEqualTo(Optional.ofNullable(expected));
	}

	@Test
	void freeMailAndSitesAnyoneCanOpenNeverIdentifyAnOrganisation() {
		MatchKeys onAFreeSite = registered("Colectivo Azul", null, List.of(), "https://sites.google.com/view/azul",
				List.of("gmail.com", "hotmail.com"));
		assertThat(onAFreeSite.domains()).isEmpty();
		assertThat(candidate("Otro", "https://sites.google.com/view/verde", "verde@gmail.com").against(onAFreeSite))
			.isEmpty();
		assertThat(candidate("Otro", null, "azul@hotmail.com").against(onAFreeSite)).isEmpty();
		assertThat(onAFreeSite.owns("gmail.com")).isFalse();

		MatchKeys careless = new MatchKeys("colectivo", java.util.Set.of(), java.util.Set.of(),
				java.util.Set.of("gmail.com"));
		assertThat(careless.owns("gmail.com")).isFalse();
	}

	@Test
	void anOrganisationOwnsItsDomainsAndTheirSubdomainsOnly() {
		MatchKeys keys = registered("Red", null, List.of(), "https://www.red.example", List.of("red.org.mx"));
		assertThat(keys.owns("red.example")).isTrue();
		assertThat(keys.owns("mail.red.example")).isTrue();
		assertThat(keys.owns("red.org.mx")).isTrue();
		assertThat(keys.owns("org.mx")).isFalse();
		assertThat(keys.owns("thered.example")).isFalse();
		assertThat(keys.owns(null)).isFalse();
	}

	@Test
	void theSurestMatchComesFirstAndTheOldestAmongEquals() {
		MatchKeys candidate = candidate("Red Fronteriza (RFJ)", null, "ana@redfronteriza.org");
		Map<Long, MatchKeys> registered = Map.of(1L,
				registered("Otra Red", null, List.of(), "https://redfronteriza.org", List.of()), 2L,
				registered("Frontera Justa", "RFJ", List.of(), null, List.of()), 3L,
				registered("Red Fronteriza, A.C.", null, List.of(), null, List.of()), 4L,
				registered("Otro nombre", null, List.of("Red Fronteriza"), null, List.of()), 5L,
				registered("The Red Fronteriza", null, List.of(), null, List.of()), 6L,
				registered("Nada que ver", null, List.of(), null, List.of()));

		assertThat(MatchKeys.rank(candidate, registered)).containsExactly(3L, 5L, 4L, 2L, 1L);
	}

	@Test
	void storedRowsGiveTheSameKeys() {
		MatchKeys keys = registered("Red Fronteriza por la Justicia (RFJ)", "RF", List.of("Frontera"),
				"https://red.example", List.of("red.org.mx"));
		assertThat(MatchKeys.fromRows(keys.rows())).isEqualTo(keys);
		assertThat(keys.name()).isEqualTo("red fronteriza por justicia");
		assertThat(keys.aliases()).containsExactly("frontera");
		assertThat(keys.acronyms()).containsExactlyInAnyOrder("rf", "rfj", "frontera");
		assertThat(keys.domains()).containsExactlyInAnyOrder("red.example", "red.org.mx");
	}

	@Test
	void aCandidateIsLookedUpUnderEveryDomainItsDomainsAreUnder() {
		assertThat(candidate("X", "https://a.b.example.org", "x@mail.example.org").domainsAndParents())
			.containsExactlyInAnyOrder("a.b.example.org", "b.example.org", "example.org", "mail.example.org");
	}

	@Test
	void aDescriptionWithNothingToRecogniseIsEmpty() {
		assertThat(candidate(" ", null, "x@gmail.com").isEmpty()).isTrue();
		assertThat(candidate("!!", null, null).isEmpty()).isTrue();
		assertThat(candidate("Red", null, null).isEmpty()).isFalse();
	}

	private static MatchKeys registered(String name, String acronym, List<String> aliases, String website,
			List<String> domains) {
		return MatchKeys.of(name, acronym, aliases, website, domains);
	}

	private static MatchKeys candidate(String name, String website, String email) {
		return MatchKeys.of(new OrganizationCandidate(name, website, null, null, null, null, email));
	}

}
