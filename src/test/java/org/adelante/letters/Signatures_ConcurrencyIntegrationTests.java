package org.adelante.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.adelante.organizations.Organization;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.Scope;
import org.adelante.test.AdelanteIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.individual;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Counting is exact however many confirmations arrive at once: none is lost or counted
 * twice, the count equals the listed signatures, and two people confirming for the same
 * new organisation at the same moment make one signature with two contacts.
 */
@AdelanteIntegrationTest
class Signatures_ConcurrencyIntegrationTests {

	static final int SIGNERS = 200;

	static final int THREADS = 16;

	@Autowired
	Signatures signatures;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LetterRepository letters;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	LetterFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new LetterFixtures(this.context);
	}

	@Test
	void twoHundredConfirmationsAtOnceAreEachCountedOnce() throws Exception {
		Letter letter = this.fixtures.open(LetterDraft.titled("Signed by many at once"));
		String run = unique();
		List<String> tokens = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int i = 0; i < SIGNERS; i++) {
			String name = "Concurrent Organisation " + run + " " + i;
			names.add(name);
			tokens.add(
					this.fixtures
						.request(letter,
								organization(name, null, Scope.values()[i % 4], "US",
										"signer@org-" + i + "-" + run + ".example"))
						.confirm());
		}

		List<LinkOutcome> outcomes = all(
				tokens.stream().map((token) -> (Callable<LinkOutcome>) () -> this.signatures.confirm(token)).toList());

		assertThat(outcomes).extracting(LinkOutcome::state).containsOnly(LinkState.DONE);
		Letter counted = this.fixtures.reload(letter);
		assertThat(counted.listedOrganizations()).isEqualTo(SIGNERS);
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.LISTED, (long) SIGNERS);
		assertThat(this.jdbc.sql("select count(*) from signatures where letter_id = :id and status = 'LISTED'")
			.param("id", letter.id())
			.query(Long.class)
			.single()).isEqualTo(SIGNERS);
		List<String> listed = this.signatures.list(counted, Locale.ENGLISH)
			.groups()
			.stream()
			.flatMap((group) -> group.members().stream())
			.map(Signatory::name)
			.toList();
		assertThat(listed).hasSize(SIGNERS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(names);
	}

	@Test
	void twoPeopleConfirmingForOneNewOrganisationAtOnceMakeOneSignatureWithTwoContacts() throws Exception {
		for (int round = 0; round < 5; round++) {
			Letter letter = this.fixtures.open(LetterDraft.titled("Signed twice at once " + round));
			String name = "Simultaneous Society " + unique();
			String first = this.fixtures.request(letter, organization(name, email())).confirm();
			String second = this.fixtures.request(letter, organization(name, email())).confirm();

			List<LinkOutcome> outcomes = all(
					List.of(() -> this.signatures.confirm(first), () -> this.signatures.confirm(second)));

			assertThat(outcomes).extracting(LinkOutcome::state).containsOnly(LinkState.DONE);
			assertThat(this.fixtures.reload(letter).listedOrganizations()).as("round " + round).isEqualTo(1);
			assertThat(this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, 1, 10).items()).singleElement()
				.satisfies((signature) -> assertThat(signature.contacts()).hasSize(2));
			assertThat(this.organizations.search(name, 10)).extracting(Organization::name).containsExactly(name);
		}
	}

	@Test
	void aLinkFollowedTwiceAtOnceCountsOnceAndTheSecondSaysItIsDoneAlready() throws Exception {
		Letter letter = this.fixtures.open(LetterDraft.titled("Double click").signers(Signers.INDIVIDUALS));
		String token = this.fixtures.request(letter, individual("Inés Calderón", email())).confirm();
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			// Whoever holds the letter keeps both clicks waiting, so that they arrive
			// together.
			Future<?> holder = pool.submit(() -> this.transactions.executeWithoutResult((status) -> {
				this.letters.lock(letter.id());
				locked.countDown();
				await(release);
			}));
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
			Future<LinkOutcome> first = pool.submit(() -> this.signatures.confirm(token));
			Future<LinkOutcome> second = pool.submit(() -> this.signatures.confirm(token));
			assertThatExceptionOfType(TimeoutException.class).as("confirming while another holds the letter")
				.isThrownBy(() -> first.get(700, TimeUnit.MILLISECONDS));

			release.countDown();
			holder.get(10, TimeUnit.SECONDS);

			assertThat(List.of(first.get(10, TimeUnit.SECONDS).state(), second.get(10, TimeUnit.SECONDS).state()))
				.containsExactlyInAnyOrder(LinkState.DONE, LinkState.ALREADY);
			assertThat(this.fixtures.reload(letter).listedIndividuals()).isEqualTo(1);
			assertThat(this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, 1, 10).items()).singleElement()
				.satisfies((signature) -> assertThat(signature.contacts()).hasSize(1));
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Runs the tasks on several threads, all starting together, and waits for them. */
	private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, tasks.size()));
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
