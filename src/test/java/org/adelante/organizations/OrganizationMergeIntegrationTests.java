package org.adelante.organizations;

import java.util.List;

import org.adelante.shared.FieldProblems;
import org.adelante.test.AdelanteModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Merging two registry entries for one organisation, in the organisations module alone:
 * the survivor takes the loser's names and domains, the loser is gone, and the other
 * modules are told.
 */
@AdelanteModuleTest
class OrganizationMergeIntegrationTests {

	@Autowired
	Organizations organizations;

	@Autowired
	Sectors sectors;

	@Test
	void theSurvivorTakesTheLosersNamesAndDomainsAndTheLoserIsGone(PublishedEvents events) throws Exception {
		String word = Unique.word();
		Sector sector = this.sectors.add("Frontera " + word);
		byte[] loserLogo = LogoImagesTests.image("png");
		Organization survivor = this.organizations.create(details("Red Fronteriza " + word, null, null,
				List.of("Frontera Justa " + word), List.of(word + ".org.mx"), null, null));
		Organization loser = this.organizations.create(new OrganizationDetails("Red de la Frontera " + word, "RDF",
				"https://www." + word + ".example", "Nogales", "Sonora", "MX", Scope.REGIONAL,
				List.of("Antigua Red " + word), List.of("mx." + word + ".example"), sector.id(), loserLogo, false));

		Organization merged = this.organizations.merge(survivor.id(), loser.id());

		assertThat(merged.name()).isEqualTo("Red Fronteriza " + word);
		assertThat(merged.aliases()).containsExactly("Frontera Justa " + word, "Red de la Frontera " + word, "RDF",
				"Antigua Red " + word);
		assertThat(merged.website()).isEqualTo("https://www." + word + ".example");
		assertThat(merged.emailDomains()).containsExactly(word + ".org.mx", "mx." + word + ".example");
		assertThat(merged.place()).isEqualTo("Nogales, Sonora, Mexico");
		assertThat(merged.scope()).isEqualTo(Scope.REGIONAL);
		assertThat(merged.sector()).isEqualTo(sector);
		assertThat(merged.hasLogo()).isTrue();
		assertThat(this.organizations.logo(merged.id()))
			.hasValueSatisfying((logo) -> assertThat(logo.bytes()).isEqualTo(loserLogo));
		assertThat(this.organizations.find(loser.id())).isEmpty();
		assertThat(this.organizations.logo(loser.id())).isEmpty();

		assertThat(match("Red de la Frontera " + word, null)).contains(merged);
		assertThat(match("Antigua Red " + word, null)).contains(merged);
		assertThat(match("RDF", null)).contains(merged);
		assertThat(match("Otra", "ana@mx." + word + ".example")).contains(merged);
		assertThat(this.organizations.emailDomainMatches(merged.id(), "ana@" + word + ".example")).isTrue();

		assertThat(events.ofType(OrganizationsMerged.class).matching((event) -> event.loserId() == loser.id()))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.survivorId()).isEqualTo(survivor.id());
				assertThat(event.survivorName()).isEqualTo("Red Fronteriza " + word);
				assertThat(event.loserName()).isEqualTo("Red de la Frontera " + word);
				assertThat(event.action()).isEqualTo("organization.merged");
				assertThat(event.subjectId()).isEqualTo(String.valueOf(survivor.id()));
				assertThat(event.summary()).isEqualTo("Red de la Frontera " + word + " → Red Fronteriza " + word);
			});
	}

	@Test
	void theSurvivorsOwnLogoAndDetailsStay() throws Exception {
		String word = Unique.word();
		byte[] own = LogoImagesTests.image("png", 30, 20);
		Organization survivor = this.organizations
			.create(new OrganizationDetails("Sol " + word, null, "https://sol-" + word + ".example", "Tucson", null,
					"US", Scope.LOCAL, List.of(), List.of(), null, own, false));
		Organization loser = this.organizations
			.create(new OrganizationDetails("Luna " + word, null, "https://luna-" + word + ".example", "Hermosillo",
					"Sonora", "MX", Scope.NATIONAL, List.of(), List.of(), null, LogoImagesTests.image("jpeg"), false));

		Organization merged = this.organizations.merge(survivor.id(), loser.id());

		assertThat(merged.website()).isEqualTo("https://sol-" + word + ".example");
		assertThat(merged.emailDomains()).containsExactly("luna-" + word + ".example");
		assertThat(merged.place()).isEqualTo("Tucson, United States");
		assertThat(merged.scope()).isEqualTo(Scope.LOCAL);
		assertThat(merged.logoUrl()).isEqualTo(survivor.logoUrl());
		assertThat(this.organizations.logo(merged.id()).orElseThrow().bytes()).isEqualTo(own);
		assertThat(match("Otra " + word, "ana@luna-" + word + ".example")).contains(merged);
	}

	@Test
	void anOrganisationIsNotMergedWithItselfOrWithOneThatIsGone(PublishedEvents events) {
		String word = Unique.word();
		Organization organization = this.organizations
			.create(details("Colectivo " + word, null, null, List.of(), List.of(), null, null));

		assertThatExceptionOfType(FieldProblems.InvalidInput.class)
			.isThrownBy(() -> this.organizations.merge(organization.id(), organization.id()))
			.satisfies((ex) -> assertThat(ex.problems().key("other")).isEqualTo("organizations.merge.error.same"));
		assertThatExceptionOfType(FieldProblems.InvalidInput.class)
			.isThrownBy(() -> this.organizations.merge(organization.id(), 999_999_999L))
			.satisfies((ex) -> assertThat(ex.problems().key("other")).isEqualTo("organizations.merge.error.missing"));
		assertThatExceptionOfType(FieldProblems.InvalidInput.class)
			.isThrownBy(() -> this.organizations.merge(999_999_999L, organization.id()))
			.satisfies((ex) -> assertThat(ex.problems().key("other")).isEqualTo("organizations.merge.error.missing"));

		assertThat(this.organizations.find(organization.id())).contains(organization);
		assertThat(events.ofType(OrganizationsMerged.class)).isEmpty();
	}

	@Test
	void entriesThatLookLikeAnOrganisationAreOfferedForMergingWithIt() {
		String word = Unique.word();
		Organization red = this.organizations
			.create(details("Red Fronteriza " + word, null, null, List.of(), List.of(word + ".example"), null, null));
		Organization twin = this.organizations
			.create(details("La Red Fronteriza " + word, null, null, List.of(), List.of(), null, null));
		Organization sameDomain = this.organizations
			.create(details("Otra " + word, null, "https://" + word + ".example", List.of(), List.of(), null, null));

		assertThat(this.organizations.similarTo(red)).containsExactly(twin, sameDomain);
	}

	private java.util.Optional<Organization> match(String name, String email) {
		return this.organizations.match(new OrganizationCandidate(name, null, null, null, null, null, email));
	}

	private static OrganizationDetails details(String name, String acronym, String website, List<String> aliases,
			List<String> domains, Scope scope, Long sectorId) {
		return new OrganizationDetails(name, acronym, website, null, null, null, scope, aliases, domains, sectorId,
				null, false);
	}

}
