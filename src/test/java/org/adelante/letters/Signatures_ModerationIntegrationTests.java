package org.adelante.letters;

import java.util.List;
import java.util.Locale;

import org.adelante.accounts.AuditLog;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.Scope;
import org.adelante.shared.FieldProblems.InvalidInput;
import org.adelante.test.AdelanteIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.individual;
import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * What staff do to signatures besides approving them: mark fraud (kept, never counted or
 * listed), record a withdrawal an organisation asked for (listed as withdrawn, never
 * deleted), correct the name listed on one letter, merge two signatures of one
 * organisation (and the registry's merges reaching every letter), and search and filter;
 * each in the audit log under the staff member's name.
 */
@AdelanteIntegrationTest
class Signatures_ModerationIntegrationTests {

	private static final String ORGANISER = "organiser@moderation.example";

	@Autowired
	Signatures signatures;

	@Autowired
	Organizations organizations;

	@Autowired
	AuditLog audit;

	@Autowired
	ApplicationContext context;

	LetterFixtures fixtures;

	@BeforeEach
	void signIn() {
		this.fixtures = new LetterFixtures(this.context);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ORGANISER, null,
					AuthorityUtils.createAuthorityList("ROLE_ORGANISER")));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aFraudulentSignatureIsKeptButNeitherCountedNorListed() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Fraud found"));
		String kept = "Real Neighbours " + unique();
		this.fixtures.sign(letter, organization(kept, email()));
		this.fixtures.sign(letter, organization("Invented Front " + unique(), email()));
		Signature fake = only(letter, SignatureStatus.LISTED, "Invented Front");

		assertThat(this.signatures.markFraudulent(letter.id(), List.of(fake.id()))).isEqualTo(1);

		Letter after = this.fixtures.reload(letter);
		assertThat(after.listedOrganizations()).isEqualTo(1);
		assertThat(names(after)).containsExactly(kept);
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.FRAUDULENT, 1L)
			.containsEntry(SignatureStatus.LISTED, 1L);
		assertThat(this.signatures.find(letter.id(), fake.id())).get()
			.satisfies((signature) -> assertThat(signature.contacts()).hasSize(1));
		assertThat(this.signatures.markFraudulent(letter.id(), List.of(fake.id()))).as("again").isZero();
		assertThat(this.signatures.approve(letter.id(), List.of(fake.id()))).as("approved after fraud").isZero();
		assertAudited(fake, "signature.fraudulent");
	}

	@Test
	void aWithdrawalStaffRecordIsShownAsWithdrawnAndNoLongerCounts() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Withdrawn on request"));
		String name = "Asked To Leave " + unique();
		this.fixtures.sign(letter, organization(name, email()));
		Signature signature = only(letter, SignatureStatus.LISTED, name);

		assertThat(this.signatures.recordWithdrawal(letter.id(), signature.id())).isTrue();

		Letter after = this.fixtures.reload(letter);
		assertThat(after.listedOrganizations()).isZero();
		Signatory shown = this.signatures.list(after, Locale.ENGLISH).groups().get(0).members().get(0);
		assertThat(shown.name()).isEqualTo(name);
		assertThat(shown.withdrawn()).isTrue();
		assertThat(this.signatures.recordWithdrawal(letter.id(), signature.id())).as("again").isFalse();
		assertAudited(signature, "signature.withdrawalRecorded");
	}

	@Test
	void aWithdrawalBeforeApprovalNeverReachesTheList() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Withdrawn while waiting").approvalRequired());
		String name = "Second Thoughts " + unique();
		this.fixtures.sign(letter, organization(name, email()));
		Signature signature = only(letter, SignatureStatus.AWAITING_APPROVAL, name);

		this.signatures.recordWithdrawal(letter.id(), signature.id());

		assertThat(this.signatures.list(this.fixtures.reload(letter), Locale.ENGLISH).isEmpty()).isTrue();
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.WITHDRAWN, 1L);
	}

	@Test
	void theNameListedCanBeCorrectedForOneLetterWhileTheRegistryKeepsItsOwn() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Renamed here"));
		Letter other = this.fixtures.open(LetterDraft.titled("Named as registered"));
		String name = "rio verde collective " + unique();
		this.fixtures.sign(letter, organization(name, email()));
		this.fixtures.sign(other, organization(name, email()));
		Signature signature = only(letter, SignatureStatus.LISTED, name);
		String corrected = "Río Verde Collective (Hermosillo) " + unique();

		Signature renamed = this.signatures.rename(letter.id(), signature.id(), "  " + corrected + "\n");

		assertThat(renamed.name()).isEqualTo(corrected);
		assertThat(names(this.fixtures.reload(letter))).containsExactly(corrected);
		assertThat(names(this.fixtures.reload(other))).containsExactly(name);
		assertThat(this.organizations.get(signature.organizationId()).name()).isEqualTo(name);
		await().untilAsserted(() -> assertThat(this.audit.forSubject("signature", signature.id()))
			.filteredOn((entry) -> entry.action().equals("signature.renamed"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.actor()).isEqualTo(ORGANISER);
				assertThat(entry.summary()).isEqualTo(name + " → " + corrected);
			}));
	}

	@Test
	void aBlankOrOverlongNameIsRefusedAndTheNameStays() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Bad rename"));
		String name = "Keeps Its Name " + unique();
		this.fixtures.sign(letter, organization(name, email()));
		Signature signature = only(letter, SignatureStatus.LISTED, name);

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.signatures.rename(letter.id(), signature.id(), " \t "))
			.satisfies((ex) -> assertThat(ex.problems().has("name")).isTrue());
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.signatures.rename(letter.id(), signature.id(), "n".repeat(Signatures.NAME_MAX + 1)));
		assertThatExceptionOfType(SignatureNotFound.class).isThrownBy(() -> this.signatures
			.rename(this.fixtures.open(LetterDraft.titled("Elsewhere")).id(), signature.id(), "Stolen"));
		assertThat(names(this.fixtures.reload(letter))).containsExactly(name);
	}

	@Test
	void twoSignaturesOfOneOrganisationMergeIntoOneCountedOnceWithBothSigners() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Merged here"));
		Letter both = this.fixtures.open(LetterDraft.titled("Both signed this too").approvalRequired());
		Letter loserOnly = this.fixtures.open(LetterDraft.titled("Only the duplicate signed"));
		String survivorName = "Sonoran Desert Network " + unique();
		String duplicateName = "Red del Desierto Sonorense " + unique();
		this.fixtures.sign(letter, organization(survivorName, email()));
		this.fixtures.sign(letter, organization(duplicateName, email()));
		this.fixtures.sign(both, organization(survivorName, email()));
		this.fixtures.sign(both, organization(duplicateName, email()));
		this.fixtures.sign(loserOnly, organization(duplicateName, email()));
		Signature survivor = only(letter, SignatureStatus.LISTED, survivorName);
		Signature duplicate = only(letter, SignatureStatus.LISTED, duplicateName);
		Signature waitingDuplicate = only(both, SignatureStatus.AWAITING_APPROVAL, duplicateName);
		this.signatures.approve(both.id(), List.of(waitingDuplicate.id()));
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(2);

		Signature merged = this.signatures.merge(letter.id(), survivor.id(), duplicate.id());

		assertThat(merged.id()).isEqualTo(survivor.id());
		assertThat(merged.contacts()).hasSize(2);
		assertThat(this.signatures.find(letter.id(), duplicate.id())).isEmpty();
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(1);
		assertThat(names(this.fixtures.reload(letter))).containsExactly(survivorName);
		assertThat(this.organizations.find(duplicate.organizationId())).isEmpty();
		assertThat(this.organizations.get(survivor.organizationId()).aliases()).contains(duplicateName);

		Signature inBoth = only(both, SignatureStatus.LISTED, survivorName);
		assertThat(inBoth.contacts()).as("the duplicate's listing carries the merged signature").hasSize(2);
		assertThat(this.fixtures.reload(both).listedOrganizations()).isEqualTo(1);
		assertThat(this.signatures.counts(both.id())).containsEntry(SignatureStatus.AWAITING_APPROVAL, 0L);

		Signature repointed = only(loserOnly, SignatureStatus.LISTED, survivorName);
		assertThat(repointed.organizationId()).isEqualTo(survivor.organizationId());
		assertThat(this.fixtures.reload(loserOnly).listedOrganizations()).isEqualTo(1);
		assertAudited(survivor, "signature.merged");
	}

	@Test
	void aSignatureFoundFraudulentStaysSoWhenMergedWithAListedOne() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Fraud survives a merge"));
		String listedName = "Honest Org " + unique();
		String fraudName = "Honest Org Impostor " + unique();
		this.fixtures.sign(letter, organization(listedName, email()));
		this.fixtures.sign(letter, organization(fraudName, email()));
		Signature listed = only(letter, SignatureStatus.LISTED, listedName);
		Signature fraud = only(letter, SignatureStatus.LISTED, fraudName);
		this.signatures.markFraudulent(letter.id(), List.of(fraud.id()));

		Signature merged = this.signatures.merge(letter.id(), listed.id(), fraud.id());

		assertThat(merged.status()).isEqualTo(SignatureStatus.FRAUDULENT);
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isZero();
	}

	@Test
	void onlyTwoDifferentOrganisationsSignaturesOfTheLetterMerge() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Odd merges").signers(Signers.BOTH));
		String organization = "Merge Refused " + unique();
		this.fixtures.sign(letter, organization(organization, email()));
		this.fixtures.sign(letter, individual("Marta Ruiz", email()));
		Signature org = only(letter, SignatureStatus.LISTED, organization);
		Signature person = only(letter, SignatureStatus.LISTED, "Marta Ruiz");

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.signatures.merge(letter.id(), org.id(), org.id()));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.signatures.merge(letter.id(), org.id(), person.id()));
		assertThatExceptionOfType(SignatureNotFound.class)
			.isThrownBy(() -> this.signatures.merge(letter.id(), org.id(), Long.MAX_VALUE));
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(1);
		assertThat(this.fixtures.reload(letter).listedIndividuals()).isEqualTo(1);
	}

	@Test
	void aRegistryMergeMovesAConvenerToTheSurvivor() {
		String survivorName = "Convening Survivor " + unique();
		String loserName = "Convening Duplicate " + unique();
		long survivorId = this.fixtures.registered(survivorName, "US");
		long loserId = this.fixtures.registered(loserName, "US");
		Letter letter = this.fixtures.open(LetterDraft.titled("Convened by a duplicate").conveners(loserId));

		this.organizations.merge(survivorId, loserId);

		Letter after = this.fixtures.reload(letter);
		assertThat(after.content().convenerIds()).containsExactly(survivorId);
		assertThat(this.signatures.list(after, Locale.ENGLISH).conveners()).extracting(Signatory::name)
			.containsExactly(survivorName);
		assertThat(after.listedOrganizations()).isEqualTo(1);
	}

	@Test
	void staffSearchAndFilterALettersSignatures() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Searched").signers(Signers.BOTH));
		String tag = unique();
		String domain = "acequia-" + tag + ".org";
		this.fixtures.sign(letter,
				organization("Acequia Madre " + tag, "https://" + domain, Scope.LOCAL, "US", "mayor@" + domain));
		this.fixtures.sign(letter, organization("Tierra_Libre 100% " + tag, "https://tierra-" + tag + ".org",
				Scope.REGIONAL, "MX", "coordinacion-" + tag + "@mail-" + tag + ".example"));
		this.fixtures.sign(letter, individual("Acequia Fan " + tag, "fan-" + tag + "@people.example"));

		assertThat(search(letter, new SignatureFilter("MADRE " + tag.toUpperCase(Locale.ROOT), null, false)))
			.containsExactly("Acequia Madre " + tag);
		assertThat(search(letter, new SignatureFilter("ACEQUIA", SignerKind.INDIVIDUAL, false)))
			.containsExactly("Acequia Fan " + tag);
		assertThat(search(letter, new SignatureFilter("mayor@acequia-" + tag, null, false))).as("by signer's email")
			.containsExactly("Acequia Madre " + tag);
		assertThat(search(letter, new SignatureFilter("100%", null, false))).as("wildcards taken literally")
			.containsExactly("Tierra_Libre 100% " + tag);
		assertThat(search(letter, new SignatureFilter("e_l", null, false))).isEmpty();
		assertThat(search(letter, new SignatureFilter(null, null, true))).as("email elsewhere")
			.containsExactly("Tierra_Libre 100% " + tag);
		assertThat(search(letter, SignatureFilter.NONE)).hasSize(3);
		assertThat(this.signatures
			.inStatus(letter.id(), SignatureStatus.LISTED, new SignatureFilter(tag, SignerKind.ORGANIZATION, false), 1,
					10)
			.total()).isEqualTo(2);
	}

	@Test
	void staffSearchTheRequestsNotYetConfirmed() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Pending searched"));
		String tag = unique();
		this.fixtures.request(letter, organization("Pending Alpha " + tag, email()));
		this.fixtures.request(letter, organization("Pending Beta " + tag, email()));

		assertThat(
				this.signatures.pending(letter.id(), new SignatureFilter("alpha " + tag, null, false), 1, 10).items())
			.extracting((request) -> request.details().organizationName())
			.containsExactly("Pending Alpha " + tag);
		assertThat(this.signatures.pending(letter.id(), new SignatureFilter(null, SignerKind.INDIVIDUAL, false), 1, 10)
			.total()).isZero();
		assertThat(this.signatures.pending(letter.id(), SignatureFilter.NONE, 1, 10).total()).isEqualTo(2);
	}

	private List<String> search(Letter letter, SignatureFilter filter) {
		return this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, filter, 1, 50)
			.items()
			.stream()
			.map(Signature::name)
			.sorted()
			.toList();
	}

	private Signature only(Letter letter, SignatureStatus status, String namePrefix) {
		return this.signatures.inStatus(letter.id(), status, 1, 100)
			.items()
			.stream()
			.filter((signature) -> signature.name().startsWith(namePrefix))
			.reduce((one, other) -> {
				throw new AssertionError("more than one signature named " + namePrefix);
			})
			.orElseThrow(() -> new AssertionError("no " + status + " signature named " + namePrefix));
	}

	private List<String> names(Letter letter) {
		return this.signatures.list(letter, Locale.ENGLISH)
			.groups()
			.stream()
			.flatMap((group) -> group.members().stream())
			.map(Signatory::name)
			.toList();
	}

	private void assertAudited(Signature signature, String action) {
		await().untilAsserted(() -> assertThat(this.audit.forSubject("signature", signature.id()))
			.filteredOn((entry) -> entry.action().equals(action))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.actor()).isEqualTo(ORGANISER)));
	}

}
