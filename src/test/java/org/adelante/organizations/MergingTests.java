package org.adelante.organizations;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MergingTests {

	private static final Sector RIGHTS = new Sector(7, "Derechos humanos");

	@Test
	void theLosersNamesBecomeOtherNamesAndItsDomainsMove() {
		Organization survivor = organization(1, "Red Fronteriza por la Justicia", "RFJ", "https://redfronteriza.org",
				List.of("Frontera Justa"), List.of("rfj.org.mx"));
		Organization loser = organization(2, "Red Fronteriza, A.C.", "REDF", "https://www.redfronteriza.mx",
				List.of("La Red", "frontera justa"), List.of("redfronteriza.mx", "rfj.org.mx", "méxico.example"));

		OrganizationDetails merged = Merging.details(survivor, loser);

		assertThat(merged.name()).isEqualTo("Red Fronteriza por la Justicia");
		assertThat(merged.acronym()).isEqualTo("RFJ");
		assertThat(merged.website()).isEqualTo("https://redfronteriza.org");
		assertThat(merged.aliases()).containsExactly("Frontera Justa", "Red Fronteriza, A.C.", "REDF", "La Red");
		assertThat(merged.domainKeys()).containsExactly("rfj.org.mx", "redfronteriza.mx", "xn--mxico-bsa.example");
		assertThat(merged.problems().isEmpty()).isTrue();
	}

	@Test
	void theSurvivorKeepsWhatItHasAndTakesWhatItLacks() {
		Organization survivor = new Organization(1, "Red", null, null, null, null, null, null, List.of(), List.of(),
				null, null);
		Organization loser = new Organization(2, "Otra Red", null, "https://otra.example", "Tucson", "Arizona", "US",
				Scope.LOCAL, List.of(), List.of(), RIGHTS, "/organizations/2/logo?v=1");

		OrganizationDetails merged = Merging.details(survivor, loser);

		assertThat(merged.website()).isEqualTo("https://otra.example");
		assertThat(merged.domainKeys()).isEmpty();
		assertThat(merged.city()).isEqualTo("Tucson");
		assertThat(merged.region()).isEqualTo("Arizona");
		assertThat(merged.country()).isEqualTo("US");
		assertThat(merged.scope()).isEqualTo(Scope.LOCAL);
		assertThat(merged.sectorId()).isEqualTo(RIGHTS.id());
		assertThat(merged.aliases()).containsExactly("Otra Red");
		assertThat(merged.newLogo()).isNull();
		assertThat(merged.removeLogo()).isFalse();
	}

	@Test
	void aPlaceIsTakenWholeOrNotAtAll() {
		Organization survivor = new Organization(1, "Red", null, null, null, null, "MX", Scope.NATIONAL, List.of(),
				List.of(), new Sector(3, "Trabajo"), null);
		Organization loser = new Organization(2, "Otra", null, null, "Tucson", "Arizona", "US", Scope.LOCAL, List.of(),
				List.of(), RIGHTS, null);

		OrganizationDetails merged = Merging.details(survivor, loser);

		assertThat(merged.city()).isNull();
		assertThat(merged.region()).isNull();
		assertThat(merged.country()).isEqualTo("MX");
		assertThat(merged.scope()).isEqualTo(Scope.NATIONAL);
		assertThat(merged.sectorId()).isEqualTo(3L);
	}

	@Test
	void namesTheSurvivorAlreadyHasAndFreeMailSitesAreNotAdded() {
		Organization survivor = organization(1, "Colectivo Sol", "SOL", null, List.of(), List.of());
		Organization loser = organization(2, "colectivo sol", "sol", "https://sol.blogspot.com", List.of("SOL"),
				List.of());

		OrganizationDetails merged = Merging.details(survivor, loser);

		assertThat(merged.aliases()).isEmpty();
		assertThat(merged.website()).isEqualTo("https://sol.blogspot.com");
		assertThat(merged.domainKeys()).isEmpty();
	}

	@Test
	void aLoserOnAFreeSiteBringsNoDomain() {
		Organization survivor = organization(1, "Colectivo Sol", null, "https://sol.example", List.of(), List.of());
		Organization loser = organization(2, "Sol", null, "https://sites.google.com/view/sol", List.of(), List.of());
		assertThat(Merging.details(survivor, loser).domainKeys()).isEmpty();
	}

	private static Organization organization(long id, String name, String acronym, String website, List<String> aliases,
			List<String> domains) {
		return new Organization(id, name, acronym, website, null, null, null, null, aliases, domains, null, null);
	}

}
