package org.adelante.letters;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.adelante.accounts.AuditLog;
import org.adelante.organizations.Scope;
import org.adelante.shared.FieldProblems.InvalidInput;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.adelante.letters.LetterFixtures.individual;
import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A signature's life: requested (never counted), confirmed through its link (listed, or
 * waiting for approval), approved or rejected by staff, withdrawn by the signer; one
 * organisation or person is one signature however often they sign; and links that ran
 * out, were used or are unknown say so.
 */
@AdelanteIntegrationTest
class SignaturesIntegrationTests {

	@Autowired
	Signatures signatures;

	@Autowired
	Letters letters;

	@Autowired
	MovableClock clock;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	LetterFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new LetterFixtures(this.context);
	}

	@Test
	void aRequestDoesNotCountUntilItsLinkIsConfirmed() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Counted on confirmation"));
		String name = "Desert Water Alliance " + unique();

		LetterFixtures.Links links = this.fixtures.request(letter, organization(name, email()));

		assertThat(this.fixtures.reload(letter).listedOrganizations()).isZero();
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 1L)
			.containsEntry(SignatureStatus.LISTED, 0L);
		assertThat(this.signatures.check(links.confirm()).state()).isEqualTo(LinkState.READY);

		LinkOutcome confirmed = this.signatures.confirm(links.confirm());

		assertThat(confirmed.state()).isEqualTo(LinkState.DONE);
		assertThat(confirmed.status()).isEqualTo(SignatureStatus.LISTED);
		Letter counted = this.fixtures.reload(letter);
		assertThat(counted.listedOrganizations()).isEqualTo(1);
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L)
			.containsEntry(SignatureStatus.LISTED, 1L);
		assertThat(this.signatures.list(counted, Locale.ENGLISH).groups()).flatExtracting(SignatoryList.Group::members)
			.extracting(Signatory::name)
			.containsExactly(name);
	}

	@Test
	void aReusedLinkSaysTheSignatureIsConfirmedAlreadyAndCountsNothingMore() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Confirmed twice"));
		LetterFixtures.Links links = this.fixtures.sign(letter, organization("Twice " + unique(), email()));

		LinkOutcome again = this.signatures.confirm(links.confirm());

		assertThat(again.state()).isEqualTo(LinkState.ALREADY);
		assertThat(again.status()).isEqualTo(SignatureStatus.LISTED);
		assertThat(this.signatures.check(links.confirm()).state()).isEqualTo(LinkState.ALREADY);
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(1);
	}

	@Test
	void anExpiredLinkCountsNothingAndTheSweepForgetsWhatTheSignerSent() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Link runs out"));
		String email = email();
		LetterFixtures.Links links = this.fixtures.request(letter, organization("Late " + unique(), email));

		this.clock.advance(Duration.ofDays(7).plusMinutes(1));

		assertThat(this.signatures.check(links.confirm()).state()).isEqualTo(LinkState.EXPIRED);
		assertThat(this.signatures.confirm(links.confirm()).state()).isEqualTo(LinkState.EXPIRED);
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isZero();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from signature_requests where email = :email")
				.param("email", email)
				.query(Long.class)
				.single() == 0);
		assertThat(this.signatures.check(links.confirm()).state()).as("after the sweep").isEqualTo(LinkState.EXPIRED);
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);
	}

	@Test
	void anUnknownOrMalformedLinkIsUnknown() {
		assertThat(this.signatures.check("x".repeat(43)).state()).isEqualTo(LinkState.UNKNOWN);
		assertThat(this.signatures.confirm("not a token").state()).isEqualTo(LinkState.UNKNOWN);
		assertThat(this.signatures.confirm(null).state()).isEqualTo(LinkState.UNKNOWN);
		assertThat(this.signatures.withdraw("y".repeat(43)).state()).isEqualTo(LinkState.UNKNOWN);
	}

	@Test
	void whereTheLetterAsksForApprovalAnOrganisationWaitsUntilStaffApproveIt() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Approved first").approvalRequired());
		this.fixtures.sign(letter, organization("Waiting " + unique(), email()));
		this.fixtures.sign(letter, organization("Refused " + unique(), email()));
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isZero();
		assertThat(this.signatures.list(this.fixtures.reload(letter), Locale.ENGLISH).isEmpty()).isTrue();
		List<Signature> waiting = this.signatures.inStatus(letter.id(), SignatureStatus.AWAITING_APPROVAL, 1, 10)
			.items();
		assertThat(waiting).hasSize(2);
		Signature approved = waiting.stream().filter((s) -> s.name().startsWith("Waiting")).findFirst().orElseThrow();
		Signature rejected = waiting.stream().filter((s) -> s.name().startsWith("Refused")).findFirst().orElseThrow();

		assertThat(this.signatures.approve(letter.id(), List.of(approved.id()))).isEqualTo(1);
		assertThat(this.signatures.reject(letter.id(), List.of(rejected.id()))).isEqualTo(1);

		Letter after = this.fixtures.reload(letter);
		assertThat(after.listedOrganizations()).isEqualTo(1);
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.LISTED, 1L)
			.containsEntry(SignatureStatus.REJECTED, 1L)
			.containsEntry(SignatureStatus.AWAITING_APPROVAL, 0L);
		assertThat(this.signatures.list(after, Locale.ENGLISH).groups()).flatExtracting(SignatoryList.Group::members)
			.extracting(Signatory::name)
			.containsExactly(approved.name());
		await().untilAsserted(
				() -> assertThat(this.audit.forSubject("signature", rejected.id())).extracting(AuditLog.Entry::action)
					.containsExactly("signature.rejected"));
	}

	@Test
	void rejectingAListedSignatureTakesItOffTheListAndTheCount() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Taken off"));
		this.fixtures.sign(letter, organization("Spam Inc " + unique(), email()));
		Signature listed = this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, 1, 10).items().get(0);

		this.signatures.reject(letter.id(), List.of(listed.id()));

		assertThat(this.fixtures.reload(letter).listedOrganizations()).isZero();
		assertThat(this.signatures.approve(letter.id(), List.of(listed.id()))).as("approved after all").isEqualTo(1);
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(1);
	}

	@Test
	void staffCannotModerateAnotherLettersSignatures() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Own signatures").approvalRequired());
		Letter other = this.fixtures.open(LetterDraft.titled("Other letter"));
		this.fixtures.sign(letter, organization("Guarded " + unique(), email()));
		long id = this.signatures.inStatus(letter.id(), SignatureStatus.AWAITING_APPROVAL, 1, 10).items().get(0).id();

		assertThat(this.signatures.approve(other.id(), List.of(id))).isZero();
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.AWAITING_APPROVAL, 1L);
	}

	@Test
	void aSecondSignerForAnOrganisationIsAnotherContactOfItsOneSignature() {
		Letter letter = this.fixtures.open(LetterDraft.titled("One organisation, one signature"));
		String domain = "coalicion-" + unique() + ".org";
		String name = "Coalición por el Agua " + unique();
		this.fixtures.sign(letter,
				organization(name, "https://www." + domain, Scope.NATIONAL, "MX", "directora@" + domain));

		this.fixtures.sign(letter,
				organization(name.toUpperCase(Locale.ROOT), null, Scope.NATIONAL, "MX", unique() + "@gmail.example"));

		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(1);
		Signature signature = this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, 1, 10).items().get(0);
		assertThat(signature.name()).isEqualTo(name);
		assertThat(signature.scope()).isEqualTo(Scope.NATIONAL);
		assertThat(signature.contacts()).hasSize(2);
		assertThat(signature.contacts()).extracting(SignatureContact::domainMatches).containsExactly(true, false);
	}

	@Test
	void aPersonIsOneSignatureHoweverOftenTheySign() {
		Letter letter = this.fixtures.open(LetterDraft.titled("People count once").signers(Signers.INDIVIDUALS));
		String email = email();
		this.fixtures.sign(letter, individual("Ana López", email));

		this.fixtures.sign(letter, individual("Ana López", "  " + email.toUpperCase(Locale.ROOT)));

		assertThat(this.fixtures.reload(letter).listedIndividuals()).isEqualTo(1);
		assertThat(this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, 1, 10).items()).singleElement()
			.satisfies((signature) -> assertThat(signature.contacts()).hasSize(2));
		assertThat(this.signatures.list(this.fixtures.reload(letter), Locale.ENGLISH).individuals())
			.extracting(Signatory::name)
			.containsExactly("Ana López");
	}

	@Test
	void theAttestationIsKeptInTheWordsShownWithItsTimeAndLanguage() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Attested"));
		String email = email();
		SignatureDetails details = new SignatureDetails(SignerKind.ORGANIZATION, "Attesting " + unique(), null, null,
				null, null, null, "Lucía", "Coordinadora", email, null, null, true,
				"Tengo autorización para firmar esta carta en nombre de la organización indicada arriba.");
		Signatures.Links links = this.signatures.issue(letter.id(), details, null, Locale.forLanguageTag("es"))
			.orElseThrow();

		this.signatures.confirm(links.confirm());

		SignatureContact contact = this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, 1, 10)
			.items()
			.get(0)
			.contacts()
			.get(0);
		assertThat(contact.attestation()).isEqualTo(details.attestation());
		assertThat(contact.language()).isEqualTo("es");
		assertThat(contact.attestedAt()).isNotNull().isBeforeOrEqualTo(contact.confirmedAt());
	}

	@Test
	void aSignerWithdrawsTheirSignatureWhichStaysOnTheListAsWithdrawn() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Withdrawn later"));
		String name = "Changed Mind " + unique();
		LetterFixtures.Links links = this.fixtures.sign(letter, organization(name, email()));
		assertThat(this.signatures.checkWithdrawal(links.withdraw()).state()).isEqualTo(LinkState.READY);

		LinkOutcome withdrawn = this.signatures.withdraw(links.withdraw());

		assertThat(withdrawn.state()).isEqualTo(LinkState.DONE);
		assertThat(withdrawn.status()).isEqualTo(SignatureStatus.WITHDRAWN);
		Letter after = this.fixtures.reload(letter);
		assertThat(after.listedOrganizations()).isZero();
		Signatory shown = this.signatures.list(after, Locale.ENGLISH).groups().get(0).members().get(0);
		assertThat(shown.name()).isEqualTo(name);
		assertThat(shown.withdrawnAt()).isNotNull();
		assertThat(this.signatures.withdraw(links.withdraw()).state()).as("again").isEqualTo(LinkState.ALREADY);
		assertThat(this.signatures.confirm(links.confirm()).state()).isEqualTo(LinkState.ALREADY);
	}

	@Test
	void withdrawingBeforeConfirmingEndsTheRequestAndCountsNothing() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Withdrawn first"));
		LetterFixtures.Links links = this.fixtures.request(letter, organization("Never " + unique(), email()));

		assertThat(this.signatures.withdraw(links.withdraw()).state()).isEqualTo(LinkState.DONE);

		assertThat(this.signatures.confirm(links.confirm()).state()).isEqualTo(LinkState.CANCELLED);
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isZero();
		assertThat(this.signatures.list(this.fixtures.reload(letter), Locale.ENGLISH).isEmpty()).isTrue();
	}

	@Test
	void aWithdrawnOrganisationThatConfirmsAgainStandsAgain() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Back again"));
		String name = "Returning " + unique();
		LetterFixtures.Links first = this.fixtures.sign(letter, organization(name, email()));
		this.signatures.withdraw(first.withdraw());

		this.fixtures.sign(letter, organization(name, email()));

		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(1);
		Signatory shown = this.signatures.list(this.fixtures.reload(letter), Locale.ENGLISH)
			.groups()
			.get(0)
			.members()
			.get(0);
		assertThat(shown.withdrawn()).isFalse();
	}

	@Test
	void aClosedLetterTakesNoRequestAndNoConfirmation() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Closing under a request"));
		LetterFixtures.Links links = this.fixtures.request(letter, organization("Too late " + unique(), email()));
		this.letters.closeNow(letter.id());

		assertThat(this.signatures.check(links.confirm()).state()).isEqualTo(LinkState.CLOSED);
		assertThat(this.signatures.confirm(links.confirm()).state()).isEqualTo(LinkState.CLOSED);
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isZero();
		assertThatExceptionOfType(LetterNotOpen.class).isThrownBy(() -> this.signatures.request(letter.id(),
				organization("After " + unique(), email()), null, Locale.ENGLISH));
	}

	@Test
	void aDraftTakesNoRequest() {
		Letter draft = this.fixtures.draft(LetterDraft.titled("Not open yet"));

		assertThatExceptionOfType(LetterNotFound.class).isThrownBy(() -> this.signatures.request(draft.id(),
				organization("Early " + unique(), email()), null, Locale.ENGLISH));
	}

	@Test
	void aLetterTakesOnlyTheSignersItAllows() {
		Letter people = this.fixtures.open(LetterDraft.titled("People only").signers(Signers.INDIVIDUALS));
		Letter organizations = this.fixtures.open(LetterDraft.titled("Organisations only"));

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.signatures.request(people.id(), organization("No " + unique(), email()), null,
					Locale.ENGLISH))
			.satisfies((ex) -> assertThat(ex.problems().messageKeys()).containsEntry("signer",
					"letters.sign.kindNotAllowed"));
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(
				() -> this.signatures.request(organizations.id(), individual("Nobody", email()), null, Locale.ENGLISH));
	}

	@Test
	void anOrganisationMustAttestItsSignerMaySignForIt() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Attestation needed"));
		SignatureDetails unattested = new SignatureDetails(SignerKind.ORGANIZATION, "Unattested " + unique(), null,
				null, null, null, null, "Pat", null, email(), null, null, false, "words");

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.signatures.request(letter.id(), unattested, null, Locale.ENGLISH))
			.satisfies((ex) -> assertThat(ex.problems().messageKeys()).containsEntry("attest",
					"letters.sign.attest.required"));
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 0L);
	}

	@Test
	void oneAddressGetsOnlyAFewConfirmationEmailsAnHourAcrossLetters() {
		Letter first = this.fixtures.open(LetterDraft.titled("Many requests, first"));
		Letter second = this.fixtures.open(LetterDraft.titled("Many requests, second"));
		String email = "busy-" + email();
		for (int i = 0; i < 3; i++) {
			this.fixtures.request((i % 2 == 0) ? first : second, organization("Busy " + i + unique(), email));
		}

		Optional<Signatures.Links> fourth = this.signatures.issue(second.id(),
				organization("Busy again " + unique(), email.toUpperCase(Locale.ROOT)), null, Locale.ENGLISH);

		assertThat(fourth).isEmpty();
		this.clock.advance(Duration.ofHours(1).plusSeconds(1));
		assertThat(
				this.signatures.issue(second.id(), organization("Busy later " + unique(), email), null, Locale.ENGLISH))
			.as("an hour later")
			.isPresent();
	}

}
