package org.adelante.letters.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Letters;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MovableClock;
import org.adelante.test.ReceivedMail;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing through the pages, as a person with an email account does: the form leads to
 * "check your email", the email's link opens a page whose button confirms (a link alone
 * never does), the thank-you page offers plain share links, and the email's other link
 * withdraws the signature. The answer never tells whether the address signed before.
 */
@AdelanteIntegrationTest
class SigningIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Letters letters;

	@Autowired
	Signatures signatures;

	@Autowired
	MovableClock clock;

	@Autowired
	ApplicationContext context;

	LetterFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new LetterFixtures(this.context);
	}

	@Test
	void anOrganisationSignsConfirmsByEmailIsCountedAndCanWithdraw() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Signed through the pages " + unique()));
		String email = email();
		String name = "Sonoran Desert Defenders " + unique();
		WebSession signer = this.web.anonymous();
		signer.fillIn(letter.url());

		HttpResponse<String> sent = signer.post(letter.url() + "/sign", organizationFields(name, email));

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(location(sent)).endsWith(letter.url() + "/check-email");
		assertThat(signer.get(letter.url() + "/check-email").body()).contains("Check your email");
		ReceivedMail mail = ReceivedMail.awaitFor(email);
		assertThat(mail.subject()).isEqualTo("Please confirm your signature: " + letter.title());
		assertThat(mail.text()).contains(name);
		SigningLinks links = SigningLinks.in(mail);

		WebSession reader = this.web.anonymous();
		HttpResponse<String> opened = reader.openForm(links.confirm());
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(opened.body()).selectFirst("form button").text()).isEqualTo("Confirm my signature");
		assertThat(this.fixtures.reload(letter).listedOrganizations()).as("following the link alone").isZero();

		HttpResponse<String> confirmed = reader.post(links.confirm());
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(location(confirmed)).endsWith(letter.url() + "/thanks");
		Document thanks = Jsoup.parse(reader.get(letter.url() + "/thanks").body());
		assertThat(thanks.selectFirst("h1").text()).isEqualTo("Thank you for signing");
		assertThat(thanks.select(".share__links a").eachAttr("href"))
			.anySatisfy((href) -> assertThat(href).startsWith("mailto:?subject="));
		assertThat(thanks.select("script")).isEmpty();
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(1);
		assertThat(this.web.anonymous().get(letter.url()).body()).contains(name);

		HttpResponse<String> again = reader.post(links.confirm());
		assertThat(again.statusCode()).as("the link used again").isEqualTo(200);
		assertThat(again.body()).contains("Already confirmed");

		reader.openForm(links.withdraw());
		HttpResponse<String> withdrawn = reader.post(links.withdraw());
		assertThat(withdrawn.statusCode()).isEqualTo(200);
		assertThat(withdrawn.body()).contains("Your signature is withdrawn");
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isZero();
		assertThat(
				Jsoup.parse(this.web.anonymous().get(letter.url()).body()).selectFirst(".signatory__withdrawn").text())
			.startsWith("withdrew on ");
	}

	@Test
	void theAnswerIsTheSameWhetherOrNotTheAddressSignedAndOnlyAFewEmailsGoToIt() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Never tells " + unique()));
		String email = email();
		String name = "Repeat Signers " + unique();
		WebSession signer = this.web.anonymous();
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			signer.fillIn(letter.url());
			HttpResponse<String> sent = signer.post(letter.url() + "/sign", organizationFields(name, email));
			assertThat(sent.statusCode()).as("submission " + i).isEqualTo(302);
			answers.add(location(sent) + " " + signer.get(location(sent)).body());
			if (i == 0) {
				this.signatures.confirm(SigningLinks.in(ReceivedMail.awaitFor(email)).confirm().substring(20));
			}
		}

		assertThat(answers).containsOnly(answers.get(0));
		assertThat(ReceivedMail.awaitFor(email, 3)).hasSize(3);
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.UNCONFIRMED, 2L)
			.containsEntry(SignatureStatus.LISTED, 1L);
	}

	@Test
	void aSignatureWaitingForApprovalIsThankedAndToldSo() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Approved by staff " + unique()).approvalRequired());
		String email = email();
		WebSession signer = this.web.anonymous();
		signer.fillIn(letter.url());
		signer.post(letter.url() + "/sign", organizationFields("Awaiting " + unique(), email));
		SigningLinks links = SigningLinks.in(ReceivedMail.awaitFor(email));

		signer.openForm(links.confirm());
		HttpResponse<String> confirmed = signer.post(links.confirm());

		assertThat(signer.get(location(confirmed)).body()).contains("The organisers check organisations’ signatures");
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isZero();
	}

	@Test
	void aSpanishSignerGetsTheirEmailAndPagesInSpanish() {
		Letter letter = this.fixtures
			.open(LetterDraft.titled("English title " + unique()).spanish("Título en español", "Texto en español."));
		String email = email();
		WebSession signer = this.web.anonymous().language("es");
		signer.fillIn(letter.url());

		signer.post(letter.url() + "/sign", organizationFields("Organización " + unique(), email));

		ReceivedMail mail = ReceivedMail.awaitFor(email);
		assertThat(mail.subject()).isEqualTo("Confirme su firma: Título en español");
		SigningLinks links = SigningLinks.in(mail);
		assertThat(signer.openForm(links.confirm()).body()).contains("Confirmar mi firma");
		signer.post(links.confirm());
		var contact = this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, 1, 1)
			.items()
			.get(0)
			.contacts()
			.get(0);
		assertThat(contact.language()).isEqualTo("es");
		assertThat(contact.attestation())
			.isEqualTo("Tengo autorización para firmar esta carta en nombre de la organización indicada arriba.");
	}

	@Test
	void aPersonSignsWithTheirOwnForm() {
		Letter letter = this.fixtures
			.open(LetterDraft.titled("People too " + unique()).signers(org.adelante.letters.Signers.BOTH));
		String email = email();
		WebSession signer = this.web.anonymous();
		signer.fillIn(letter.url());

		HttpResponse<String> sent = signer.post(letter.url() + "/sign", "signer", "individual", "name", "Elena Ruiz",
				"city", "Hermosillo", "country", "MX", "email", email);

		assertThat(sent.statusCode()).isEqualTo(302);
		SigningLinks links = SigningLinks.in(ReceivedMail.awaitFor(email));
		signer.openForm(links.confirm());
		signer.post(links.confirm());
		assertThat(this.fixtures.reload(letter).listedIndividuals()).isEqualTo(1);
		assertThat(Jsoup.parse(this.web.anonymous().get(letter.url()).body()).select(".signatories li").eachText())
			.contains("Elena Ruiz Hermosillo, Mexico");
	}

	@Test
	void anExpiredLinkSaysSoAndAnUnknownOneIsNotFound() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Expiring link " + unique()));
		LetterFixtures.Links links = this.fixtures.request(letter,
				LetterFixtures.organization("Slow Readers " + unique(), email()));
		this.clock.advance(Duration.ofDays(8));

		HttpResponse<String> expired = this.web.anonymous().get("/signatures/confirm/" + links.confirm());

		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("This link has expired");
		assertThat(expired.body()).doesNotContain("<form method=\"post\" action=\"/signatures");
		HttpResponse<String> unknown = this.web.anonymous().get("/signatures/confirm/" + "a".repeat(43));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("We do not know this link");
		assertThat(this.web.anonymous().get("/signatures/withdraw/not-a-token").statusCode()).isEqualTo(404);
	}

	@Test
	void aSignatureRecordsTheTextItsFormWasShownWithEvenWhenANewVersionCameMeanwhile() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Read before the change " + unique()));
		String email = email();
		String name = "Early Page Readers " + unique();
		WebSession signer = this.web.anonymous();
		Document form = Jsoup.parse(signer.fillIn(letter.url()).body());
		assertThat(form.select("form.sign-form input[name=text]").eachAttr("value")).containsOnly(letter.text().hash());
		this.fixtures.sign(letter, LetterFixtures.organization("First Version Readers " + unique(), email()));
		var content = letter.content();
		Letter revised = this.letters.update(letter.id(),
				new org.adelante.letters.LetterContent(content.slug(), content.titleEn(), content.titleEs(),
						"A second version of the demand.", content.textEs(), content.targets(), content.convenerIds(),
						content.opensAt(), content.closesAt(), content.timeZone(), content.signers(),
						content.approvalRequired(), content.listPublicAt(), content.milestones(), content.grouping()),
				letter.version(), org.adelante.letters.TextChange.MATERIAL);
		this.fixtures.sign(revised, LetterFixtures.organization("Second Version Readers " + unique(), email()));

		String[] fields = organizationFields(name, email);
		String[] shown = java.util.Arrays.copyOf(fields, fields.length + 2);
		shown[fields.length] = "text";
		shown[fields.length + 1] = letter.text().hash();
		signer.post(letter.url() + "/sign", shown);
		this.web.anonymous().post(SigningLinks.in(ReceivedMail.awaitFor(email)).confirm());

		assertThat(this.letters.signaturesPerVersion(letter.id())).isEqualTo(java.util.Map.of(1, 2L, 2, 1L));
		assertThat(Jsoup.parse(this.web.anonymous().get(letter.url()).body())
			.select("form.sign-form input[name=text]")
			.eachAttr("value")).containsOnly(revised.text().hash());
	}

	private static String[] organizationFields(String name, String email) {
		return new String[] { "signer", "organization", "organizationName", name, "website", "", "city", "Tucson",
				"region", "Arizona", "country", "US", "scope", "LOCAL", "name", "Rosa Martínez", "title", "Director",
				"email", email, "phone", "+1 520 555 0100", "comment", "Count us in.", "attest", "true" };
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

}
