package org.adelante.letters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.shared.FieldProblems.InvalidInput;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.ReceivedMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Versions of a letter's text: every signature records the text its signer was shown; a
 * signed letter's text changes only as a new version or a recorded correction, and the
 * signers of earlier versions can be told once.
 */
@AdelanteIntegrationTest
class LetterTextVersionsIntegrationTests {

	private static final Pattern WITHDRAW = Pattern.compile("http://localhost/signatures/withdraw/([A-Za-z0-9_-]{43})");

	@Autowired
	Letters letters;

	@Autowired
	Signatures signatures;

	@Autowired
	ApplicationContext context;

	LetterFixtures fixtures;

	@BeforeEach
	void signIn() {
		this.fixtures = new LetterFixtures(this.context);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("organiser@versions.example", null,
					AuthorityUtils.createAuthorityList("ROLE_ORGANISER")));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aNewLetterIsAtVersionOneWithTheHashOfItsCanonicalText() {
		Letter letter = this.fixtures
			.open(LetterDraft.titled("Clean rivers now").spanish("Ríos limpios", "Ríos limpios ya."));

		String expected = sha256("22:adelante-letter-text-1," + netstring("Clean rivers now")
				+ netstring(letter.content().textEn()) + netstring("Ríos limpios") + netstring("Ríos limpios ya."));
		assertThat(letter.text()).isEqualTo(new TextVersion(1, expected));
		assertThat(this.letters.revisions(letter.id())).singleElement().satisfies((revision) -> {
			assertThat(revision.change()).isEqualTo(TextChange.FIRST);
			assertThat(revision.version()).isEqualTo(letter.text());
			assertThat(revision.titleEn()).isEqualTo("Clean rivers now");
		});
	}

	@Test
	void theTextOfALetterNobodySignedIsSimplyReplaced() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Unsigned yet"));

		Letter saved = this.letters.update(letter.id(), withText(letter, "A better first text."), letter.version());

		assertThat(saved.text().number()).isEqualTo(1);
		assertThat(saved.text().hash()).isNotEqualTo(letter.text().hash());
		assertThat(this.letters.revisions(letter.id())).singleElement()
			.satisfies((revision) -> assertThat(revision.textEn()).isEqualTo("A better first text."));
	}

	@Test
	void aSignedLettersNewTextMustBeSaidToBeAVersionOrACorrectionAndNothingIsSavedUntilThen() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Signed text"));
		this.fixtures.sign(letter, organization("Early Signers " + unique(), email()));

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.letters.update(letter.id(), withText(letter, "Changed words."), letter.version()))
			.satisfies((refused) -> assertThat(refused.problems().has("textChange")).isTrue());

		Letter unchanged = this.fixtures.reload(letter);
		assertThat(unchanged.content().textEn()).isEqualTo(letter.content().textEn());
		assertThat(unchanged.version()).isEqualTo(letter.version());
		assertThat(this.letters.revisions(letter.id())).hasSize(1);
	}

	@Test
	void aMaterialChangeStartsAVersionAndEachSignatureKeepsTheVersionItsSignerSaw() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Two versions"));
		this.fixtures.sign(letter, organization("First Readers " + unique(), email()));
		String shownBefore = letter.text().hash();
		SignatureDetails slow = organization("Slow Readers " + unique(), email());
		Signatures.Links slowLinks = this.signatures.issue(letter.id(), slow, shownBefore, java.util.Locale.ENGLISH)
			.orElseThrow();

		Letter revised = this.letters.update(letter.id(), withText(letter, "We now also ask for a public hearing."),
				letter.version(), TextChange.MATERIAL);
		this.fixtures.sign(revised, organization("Later Readers " + unique(), email()));
		this.signatures.confirm(slowLinks.confirm());

		assertThat(revised.text().number()).isEqualTo(2);
		assertThat(this.letters.signaturesPerVersion(letter.id())).isEqualTo(Map.of(1, 2L, 2, 1L));
		assertThat(signatureNamed(letter, "Slow Readers").text()).isEqualTo(letter.text());
		assertThat(signatureNamed(letter, "Later Readers").text()).isEqualTo(revised.text());
		assertThat(this.letters.revisions(letter.id())).extracting(TextRevision::change)
			.containsExactly(TextChange.MATERIAL, TextChange.FIRST);
	}

	@Test
	void aCorrectionKeepsTheVersionButIsRecordedWithItsOwnHash() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Typo fixed"));
		this.fixtures.sign(letter, organization("Careful Readers " + unique(), email()));

		Letter corrected = this.letters.update(letter.id(),
				withText(letter, letter.content().textEn().replace("inquiry", "inquiry.")), letter.version(),
				TextChange.CORRECTION);
		this.fixtures.sign(corrected, organization("After The Fix " + unique(), email()));

		assertThat(corrected.text().number()).isEqualTo(1);
		assertThat(corrected.text().hash()).isNotEqualTo(letter.text().hash());
		assertThat(this.letters.revisions(letter.id())).extracting(TextRevision::change)
			.containsExactly(TextChange.CORRECTION, TextChange.FIRST);
		assertThat(this.letters.signaturesPerVersion(letter.id())).isEqualTo(Map.of(1, 2L));
		assertThat(signatureNamed(letter, "After The Fix").text()).isEqualTo(corrected.text());
		assertThat(this.signatures.signersToTellOfNewVersion(letter.id())).isZero();
	}

	@Test
	void signersOfEarlierVersionsAreToldOnceWithALinkThatWithdrawsThem() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Tell them"));
		String staying = email();
		String leaving = email();
		String gone = email();
		this.fixtures.sign(letter, organization("Staying On " + unique(), staying));
		this.fixtures.sign(letter, organization("Leaving Soon " + unique(), leaving));
		LetterFixtures.Links withdrawn = this.fixtures.sign(letter, organization("Already Gone " + unique(), gone));
		this.signatures.withdraw(withdrawn.withdraw());
		Letter revised = this.letters.update(letter.id(), withText(letter, "A stronger demand."), letter.version(),
				TextChange.MATERIAL);
		String later = email();
		this.fixtures.sign(revised, organization("Signed Version Two " + unique(), later));

		assertThat(this.signatures.signersToTellOfNewVersion(letter.id())).isEqualTo(2);
		assertThat(this.signatures.notifyOfNewVersion(letter.id())).isEqualTo(2);
		assertThat(this.signatures.notifyOfNewVersion(letter.id())).isZero();
		assertThat(this.signatures.signersToTellOfNewVersion(letter.id())).isZero();

		ReceivedMail told = ReceivedMail.awaitFor(leaving, 2).get(1);
		assertThat(told.subject()).isEqualTo("The text of “Tell them” has changed");
		assertThat(told.text()).contains("version 2", "http://localhost" + letter.url());
		assertThat(ReceivedMail.awaitFor(staying, 2)).hasSize(2);
		assertThat(ReceivedMail.allFor(gone)).hasSize(1);
		assertThat(ReceivedMail.allFor(later)).hasSize(1);

		Matcher link = WITHDRAW.matcher(told.text());
		assertThat(link.find()).isTrue();
		assertThat(this.signatures.withdraw(link.group(1)).state()).isEqualTo(LinkState.DONE);
		assertThat(signatureNamed(letter, "Leaving Soon").status()).isEqualTo(SignatureStatus.WITHDRAWN);
		assertThat(signatureNamed(letter, "Staying On").status()).isEqualTo(SignatureStatus.LISTED);
	}

	private LetterContent withText(Letter letter, String textEn) {
		LetterContent content = letter.content();
		return new LetterContent(content.slug(), content.titleEn(), content.titleEs(), textEn, content.textEs(),
				content.targets(), content.convenerIds(), content.opensAt(), content.closesAt(), content.timeZone(),
				content.signers(), content.approvalRequired(), content.listPublicAt(), content.milestones(),
				content.grouping());
	}

	private Signature signatureNamed(Letter letter, String prefix) {
		return java.util.Arrays.stream(SignatureStatus.values())
			.flatMap((status) -> this.signatures.inStatus(letter.id(), status, 0, 100).items().stream())
			.filter((signature) -> signature.name().startsWith(prefix))
			.findFirst()
			.orElseThrow();
	}

	private static String netstring(String value) {
		return value.getBytes(StandardCharsets.UTF_8).length + ":" + value + ",";
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
