package org.adelante.organizations;

import java.util.List;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.Page;
import org.adelante.shared.PageNotFound;
import org.adelante.test.AdelanteModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.PublishedEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The registry on its own: the organisations module needs no other module, and tells them
 * of every change through its events.
 */
@AdelanteModuleTest
class OrganizationsIntegrationTests {

	@Autowired
	Organizations organizations;

	@Test
	void anOrganisationIsCreatedFoundAndUpdatedAndEachChangeIsAnnounced(PublishedEvents events) {
		String word = Unique.word();
		Organization created = this.organizations.create(new OrganizationDetails("  Colectivo " + word + " ", "CX",
				"https://" + word + ".example/", "Tucson", "Arizona", "us"));

		assertThat(created.name()).isEqualTo("Colectivo " + word);
		assertThat(created.country()).isEqualTo("US");
		assertThat(created.displayName()).isEqualTo("Colectivo " + word + " (CX)");
		assertThat(created.place()).isEqualTo("Tucson, Arizona, United States");
		assertThat(this.organizations.find(created.id())).contains(created);

		Organization updated = this.organizations.update(created.id(),
				new OrganizationDetails("Colectivo " + word + " Renovado", null, null, "Hermosillo", "Sonora", "MX"));
		assertThat(updated.acronym()).isNull();
		assertThat(updated.website()).isNull();
		assertThat(updated.place(java.util.Locale.forLanguageTag("es"))).isEqualTo("Hermosillo, Sonora, México");
		assertThat(this.organizations.find(created.id())).contains(updated);

		assertThat(events.ofType(OrganizationChanged.class).matching((event) -> event.organizationId() == created.id()))
			.extracting(OrganizationChanged::change)
			.containsExactly(OrganizationChanged.Change.CREATED, OrganizationChanged.Change.UPDATED);
	}

	@Test
	void invalidDetailsAreRefusedAndNothingIsStored() {
		String word = Unique.word();
		assertThatExceptionOfType(FieldProblems.InvalidInput.class)
			.isThrownBy(() -> this.organizations
				.create(new OrganizationDetails(word, null, "javascript:alert(1)", null, null, null)))
			.satisfies((ex) -> assertThat(ex.problems().all()).containsOnlyKeys("website"));
		assertThatExceptionOfType(FieldProblems.InvalidInput.class)
			.isThrownBy(() -> this.organizations
				.create(new OrganizationDetails(word + "x".repeat(200), null, null, null, null, "ZZ")))
			.satisfies((ex) -> assertThat(ex.problems().all()).containsOnlyKeys("name", "country"));
		assertThat(this.organizations.search(word, 10)).isEmpty();
	}

	@Test
	void updatingAnUnknownOrganisationIsNotFound() {
		assertThatExceptionOfType(OrganizationNotFound.class).isThrownBy(
				() -> this.organizations.update(-1, new OrganizationDetails("Nobody", null, null, null, null, null)));
	}

	@Test
	void searchIgnoresCaseAndAccentsAndNeedsEveryWord() {
		String word = Unique.word();
		Organization red = create("Red de Derechos Humanos de México " + word, "RDH" + word.substring(2, 6), null);
		Organization other = create("Colectivo Mexicano " + word, null, "https://www.colectivo-" + word + ".example");

		assertThat(this.organizations.search(word, 10)).containsExactly(other, red);
		assertThat(this.organizations.search("MEXICO " + word, 10)).containsExactly(red);
		assertThat(this.organizations.search("derechos méxico " + word.toUpperCase(), 10)).containsExactly(red);
		assertThat(this.organizations.search("colectivo-" + word, 10)).containsExactly(other);
		assertThat(this.organizations.search(word + " nowhere", 10)).isEmpty();
		assertThat(this.organizations.search(word, 1)).containsExactly(other);
		assertThat(this.organizations.search("%" + word + "_", 10)).containsExactly(other, red);
	}

	@Test
	void findAllKeepsTheGivenOrderAndSkipsUnknownKeys() {
		String word = Unique.word();
		Organization a = create("A " + word, null, null);
		Organization b = create("B " + word, null, null);
		Organization c = create("C " + word, null, null);

		assertThat(this.organizations.findAll(List.of(c.id(), a.id(), -5L, b.id(), c.id()))).containsExactly(c, a, b);
		assertThat(this.organizations.findAll(List.of())).isEmpty();
	}

	@Test
	void allIsSortedByNameIgnoringCase() {
		String word = Unique.word();
		Organization zeta = create("zeta " + word, null, null);
		Organization alpha = create("Alpha " + word, null, null);
		List<Organization> all = this.organizations.all();
		assertThat(all).contains(alpha, zeta);
		assertThat(all.indexOf(alpha)).isLessThan(all.indexOf(zeta));
	}

	@Test
	void similarOrganisationsShareANormalisedNameAnAcronymOrAWebsiteHost() {
		String word = Unique.word();
		String acronym = "X" + word.substring(2, 8).toUpperCase();
		Organization existing = create("The Coalition for " + word + ", Inc.", acronym, "https://" + word + ".example");

		assertThat(similar("coalition for " + word.toUpperCase(), null, null)).containsExactly(existing);
		assertThat(similar("Something else entirely " + word, acronym.toLowerCase(), null)).containsExactly(existing);
		assertThat(similar("Another " + word, null, "http://www." + word + ".example/about")).containsExactly(existing);
		assertThat(similar("Coalition against " + word, "Y" + acronym, "https://other.example")).isEmpty();
		assertThat(similar("", null, null)).isEmpty();
	}

	@Test
	void aPageHoldsAtMostItsSizeAndAPagePastTheEndIsEmpty() {
		String word = Unique.word();
		for (int i = 1; i <= 5; i++) {
			create("Org " + i + " " + word, null, null);
		}
		Page<Organization> first = this.organizations.page(word, 1, 2);
		assertThat(first.items()).extracting(Organization::name).containsExactly("Org 1 " + word, "Org 2 " + word);
		assertThat(first.total()).isEqualTo(5);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		Page<Organization> last = this.organizations.page(word, 3, 2);
		assertThat(last.items()).extracting(Organization::name).containsExactly("Org 5 " + word);
		assertThat(last.hasNext()).isFalse();
		Page<Organization> past = this.organizations.page(word, 4, 2);
		assertThat(past.items()).isEmpty();
		assertThatExceptionOfType(PageNotFound.class).isThrownBy(past::requireExists);
	}

	private Organization create(String name, String acronym, String website) {
		return this.organizations.create(new OrganizationDetails(name, acronym, website, null, null, null));
	}

	private List<Organization> similar(String name, String acronym, String website) {
		return this.organizations.similarTo(new OrganizationDetails(name, acronym, website, null, null, null));
	}

}
