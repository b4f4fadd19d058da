package org.adelante.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.adelante.shared.FieldProblems;
import org.adelante.test.AdelanteModuleTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Other names and email domains are kept with an organisation, and the registry
 * recognises an organisation described from outside (a letter's signer) by its name, an
 * alias, an acronym or a domain, the same way it warns staff of duplicates.
 */
@AdelanteModuleTest
class OrganizationMatchingIntegrationTests {

	@Autowired
	Organizations organizations;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aliasesAndEmailDomainsAreSavedReadBackAndReplaced() {
		String word = Unique.word();
		Organization created = this.organizations.create(details("Red " + word, null, "https://" + word + ".example",
				List.of("Antigua Red " + word, "<script>alert(1)</script>"),
				List.of("WWW." + word + ".org.mx", "méxico-" + word + ".example"), Scope.NATIONAL));

		assertThat(created.aliases()).containsExactly("Antigua Red " + word, "<script>alert(1)</script>");
		assertThat(created.emailDomains()).containsExactly(word + ".org.mx", "méxico-" + word + ".example");
		assertThat(created.scope()).isEqualTo(Scope.NATIONAL);

		Organization updated = this.organizations.update(created.id(),
				details("Red " + word, null, null, List.of("Red Nueva " + word), List.of(), null));
		assertThat(updated.aliases()).containsExactly("Red Nueva " + word);
		assertThat(updated.emailDomains()).isEmpty();
		assertThat(updated.scope()).isNull();
		assertThat(this.organizations.find(created.id())).contains(updated);
		assertThat(this.organizations.search("nueva " + word, 10)).containsExactly(updated);
		assertThat(match("Antigua Red " + word, null, null)).isEmpty();
		assertThat(match("Red Nueva " + word, null, null)).contains(updated);
	}

	@Test
	void badAliasesAndDomainsAreRefusedAndNothingIsStored() {
		String word = Unique.word();
		assertThatExceptionOfType(FieldProblems.InvalidInput.class)
			.isThrownBy(() -> this.organizations.create(details("Red " + word, null, null,
					List.of("n".repeat(OrganizationDetails.NAME_MAX + 1)), List.of("gmail.com"), null)))
			.satisfies((ex) -> assertThat(ex.problems().messageKeys()).containsOnlyKeys("aliases", "emailDomains"));
		assertThatExceptionOfType(FieldProblems.InvalidInput.class)
			.isThrownBy(() -> this.organizations
				.create(details("Red " + word, null, null, List.of(), List.of("exa\u0000mple.org"), null)))
			.satisfies((ex) -> assertThat(ex.problems().key("emailDomains"))
				.isEqualTo("organizations.error.emailDomains.invalid"));
		assertThat(this.organizations.search(word, 10)).isEmpty();
	}

	@Test
	void aCandidateMatchesByNameAliasAcronymOrDomain() {
		String word = Unique.word();
		String acronym = acronym(word);
		Organization red = this.organizations
			.create(details("Red Fronteriza por la Justicia " + word, acronym, "https://www." + word + ".example/",
					List.of("Frontera Justa " + word), List.of(word + ".org.mx"), null));

		assertThat(match("La Red Fronteriza por la Justicia " + word.toUpperCase(Locale.ROOT) + ", A.C.", null, null))
			.contains(red);
		assertThat(match("Red Fronteriza por la Justicia " + word + " (" + acronym + ")", null, null)).contains(red);
		assertThat(match("frontera justa " + word, null, null)).contains(red);
		assertThat(match(acronym, null, null)).contains(red);
		assertThat(match("Otro nombre (" + acronym + ")", null, null)).contains(red);
		assertThat(match("Otro nombre", "http://" + word + ".example", null)).contains(red);
		assertThat(match("Otro nombre", word + ".example/contacto", null)).contains(red);
		assertThat(match("Otro nombre", null, "ana@" + word + ".example")).contains(red);
		assertThat(match("Otro nombre", null, "ana@sonora." + word + ".org.mx")).contains(red);
		assertThat(match("Otro nombre " + word, null, "ana@gmail.com")).isEmpty();
		assertThat(match("Otro nombre " + word, "https://sites.google.com/view/" + word, null)).isEmpty();
		assertThat(match("", null, null)).isEmpty();
	}

	@Test
	void aNameThatIsAnAcronymMatchesTheOrganisationRegisteredByIt() {
		String word = Unique.word();
		String acronym = acronym(word);
		Organization byAcronym = this.organizations.create(details(acronym, null, null, List.of(), List.of(), null));
		assertThat(match("Some Long Name " + word + " (" + acronym + ")", null, null)).contains(byAcronym);
	}

	@Test
	void freeMailNeverIdentifiesAnOrganisation() {
		String word = Unique.word();
		Organization onGmail = this.organizations.create(
				details("Colectivo " + word, null, "https://" + word + ".blogspot.com", List.of(), List.of(), null));

		assertThat(match("Otro " + word, "https://" + word + ".blogspot.com", "x@gmail.com")).isEmpty();
		assertThat(this.organizations.emailDomainMatches(onGmail.id(), "x@gmail.com")).isFalse();
		assertThat(this.organizations.emailDomainMatches(onGmail.id(), "x@" + word + ".blogspot.com")).isFalse();
	}

	@Test
	void theSurestMatchWinsAndTheOldestAmongEquals() {
		String word = Unique.word();
		Organization byDomain = this.organizations
			.create(details("Sitio " + word, null, "https://" + word + ".example", List.of(), List.of(), null));
		Organization byAlias = this.organizations
			.create(details("Alias " + word, null, null, List.of("Colectivo Sol " + word), List.of(), null));
		Organization byName = this.organizations
			.create(details("Colectivo Sol " + word, null, null, List.of(), List.of(), null));
		Organization sameName = this.organizations
			.create(details("El Colectivo Sol " + word, null, null, List.of(), List.of(), null));

		assertThat(match("Colectivo Sol " + word, "https://" + word + ".example", null)).contains(byName);
		this.organizations.update(byName.id(), details("Renamed " + word, null, null, List.of(), List.of(), null));
		assertThat(match("Colectivo Sol " + word, "https://" + word + ".example", null)).contains(sameName);
		this.organizations.update(sameName.id(),
				details("Renamed too " + word, null, null, List.of(), List.of(), null));
		assertThat(match("Colectivo Sol " + word, "https://" + word + ".example", null)).contains(byAlias);
		assertThat(match("Nadie " + word, "https://" + word + ".example", null)).contains(byDomain);
	}

	@Test
	void duplicateWarningsFollowTheSameRules() {
		String word = Unique.word();
		String acronym = acronym(word);
		Organization red = this.organizations.create(details("Red Fronteriza " + word, null, null,
				List.of("Frontera " + word), List.of(word + ".example"), null));

		assertThat(similar("Frontera " + word, null, null, List.of(), List.of())).containsExactly(red);
		assertThat(similar("Otra", null, null, List.of("Red Fronteriza " + word + ", A.C."), List.of()))
			.containsExactly(red);
		assertThat(similar("Otra", null, "https://www." + word + ".example", List.of(), List.of()))
			.containsExactly(red);
		assertThat(similar("Otra", null, null, List.of(), List.of("mail." + word + ".example"))).containsExactly(red);
		assertThat(similar("Otra " + word, acronym, null, List.of(), List.of())).isEmpty();
		this.organizations.update(red.id(),
				details("Red Fronteriza " + word + " (" + acronym + ")", null, null, List.of(), List.of(), null));
		assertThat(similar("Otra", acronym, null, List.of(), List.of()))
			.containsExactly(this.organizations.get(red.id()));
	}

	@Test
	void resolvingFindsTheMatchOrAddsTheCandidateOnce(PublishedEvents events) {
		String word = Unique.word();
		OrganizationCandidate candidate = new OrganizationCandidate("Colectivo " + word + " (" + acronym(word) + ")",
				"www." + word + ".example", "Tucson", "Arizona", "us", Scope.LOCAL, "ana@" + word + ".example");

		Organization added = this.organizations.resolve(candidate);
		assertThat(added.name()).isEqualTo(candidate.name());
		assertThat(added.website()).isEqualTo("https://www." + word + ".example");
		assertThat(added.place()).isEqualTo("Tucson, Arizona, United States");
		assertThat(added.scope()).isEqualTo(Scope.LOCAL);
		assertThat(added.emailDomains()).isEmpty();
		assertThat(this.organizations.resolve(candidate)).isEqualTo(added);
		assertThat(this.organizations
			.resolve(new OrganizationCandidate(acronym(word), null, null, null, null, null, null))).isEqualTo(added);
		assertThat(this.organizations.search(word, 10)).containsExactly(added);
		assertThat(events.ofType(OrganizationChanged.class).matching((event) -> event.organizationId() == added.id()))
			.extracting(OrganizationChanged::change)
			.containsExactly(OrganizationChanged.Change.CREATED);
	}

	@Test
	void aCandidateThatCannotBeRegisteredIsRefused() {
		String word = Unique.word();
		assertThatExceptionOfType(FieldProblems.InvalidInput.class)
			.isThrownBy(() -> this.organizations
				.resolve(new OrganizationCandidate(" ", "javascript:alert(1)", null, null, "ZZ", null, "x@gmail.com")))
			.satisfies((ex) -> assertThat(ex.problems().messageKeys()).containsOnlyKeys("name", "website", "country"));
		assertThatExceptionOfType(FieldProblems.InvalidInput.class).isThrownBy(() -> this.organizations
			.resolve(new OrganizationCandidate(word + "n".repeat(200), null, null, null, null, null, null)));
		assertThat(this.organizations.search(word, 10)).isEmpty();
	}

	@Test
	void twoTransactionsResolvingOneNewOrganisationAtOnceAddItOnce() throws Exception {
		String word = Unique.word();
		OrganizationCandidate candidate = new OrganizationCandidate("Colectivo " + word, null, null, null, null, null,
				null);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CountDownLatch firstResolved = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Long> first = threads.submit(() -> transaction.execute((status) -> {
				long id = this.organizations.resolve(candidate).id();
				firstResolved.countDown();
				// The first transaction is still open while the second resolves.
				pause(1000);
				return id;
			}));
			assertThat(firstResolved.await(10, TimeUnit.SECONDS)).isTrue();
			Future<Long> second = threads
				.submit(() -> transaction.execute((status) -> this.organizations.resolve(candidate).id()));

			assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(first.get(10, TimeUnit.SECONDS));
			assertThat(this.organizations.search(word, 10)).hasSize(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void manyTransactionsResolvingOneNewOrganisationTogetherAddItOnce() throws Exception {
		String word = Unique.word();
		OrganizationCandidate candidate = new OrganizationCandidate("Red " + word, "https://" + word + ".example", null,
				null, null, null, null);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		int count = 6;
		CyclicBarrier start = new CyclicBarrier(count);
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			List<Future<Long>> resolved = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				resolved.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return transaction.execute((status) -> this.organizations.resolve(candidate).id());
				}));
			}
			List<Long> ids = new ArrayList<>();
			for (Future<Long> future : resolved) {
				ids.add(future.get(30, TimeUnit.SECONDS));
			}
			assertThat(ids).containsOnly(ids.get(0));
			assertThat(this.organizations.search(word, 10)).hasSize(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void anEmailMatchesItsOrganisationsDomainsWebsiteAndTheirSubdomains() {
		String word = Unique.word();
		Organization red = this.organizations.create(details("Red " + word, null, "https://www." + word + ".example",
				List.of(), List.of(word + ".org.mx"), null));
		Organization bare = this.organizations.create(details("Bare " + word, null, null, List.of(), List.of(), null));

		assertThat(this.organizations.emailDomainMatches(red.id(), "Ana@" + word.toUpperCase() + ".example")).isTrue();
		assertThat(this.organizations.emailDomainMatches(red.id(), "ana@www." + word + ".example")).isTrue();
		assertThat(this.organizations.emailDomainMatches(red.id(), "ana@" + word + ".org.mx")).isTrue();
		assertThat(this.organizations.emailDomainMatches(red.id(), "ana@tucson." + word + ".org.mx")).isTrue();
		assertThat(this.organizations.emailDomainMatches(red.id(), "ana@org.mx")).isFalse();
		assertThat(this.organizations.emailDomainMatches(red.id(), "ana@x" + word + ".example")).isFalse();
		assertThat(this.organizations.emailDomainMatches(red.id(), "ana@gmail.com")).isFalse();
		assertThat(this.organizations.emailDomainMatches(red.id(), "not an address")).isFalse();
		assertThat(this.organizations.emailDomainMatches(red.id(), null)).isFalse();
		assertThat(this.organizations.emailDomainMatches(bare.id(), "ana@" + word + ".example")).isFalse();
		assertThat(this.organizations.emailDomainMatches(-1, "ana@" + word + ".example")).isFalse();
	}

	@Test
	void keysMadeByOlderRulesAreMadeAgain() {
		String word = Unique.word();
		Organization red = this.organizations.create(details("Red Fronteriza " + word, null, null,
				List.of("Frontera " + word), List.of(word + ".example"), null));
		this.jdbc.sql("delete from organization_match_keys where organization_id = :id").param("id", red.id()).update();
		this.jdbc.sql("update organizations set keys_version = 0 where id = :id").param("id", red.id()).update();
		assertThat(match("Frontera " + word, null, null)).isEmpty();

		assertThat(this.organizations.renewOldKeys()).isGreaterThanOrEqualTo(1);

		assertThat(match("Frontera " + word, null, null)).contains(red);
		assertThat(match("Otra", null, "ana@" + word + ".example")).contains(red);
		assertThat(this.organizations.renewOldKeys()).isZero();
	}

	private java.util.Optional<Organization> match(String name, String website, String email) {
		return this.organizations.match(new OrganizationCandidate(name, website, null, null, null, null, email));
	}

	private List<Organization> similar(String name, String acronym, String website, List<String> aliases,
			List<String> domains) {
		return this.organizations.similarTo(details(name, acronym, website, aliases, domains, null));
	}

	private static OrganizationDetails details(String name, String acronym, String website, List<String> aliases,
			List<String> domains, Scope scope) {
		return new OrganizationDetails(name, acronym, website, null, null, null, scope, aliases, domains, null, null,
				false);
	}

	/** An acronym as unique as the word. */
	private static String acronym(String word) {
		return "Q" + word.substring(2, 9).toUpperCase(Locale.ROOT);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
