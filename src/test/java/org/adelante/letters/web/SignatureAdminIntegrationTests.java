package org.adelante.letters.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Signature;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.letters.Signers;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.individual;
import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisers' moderation pages: searching and filtering a letter's signatures,
 * marking several fraudulent at once, and one signature's page for correcting its name,
 * recording a withdrawal and merging it with another; bad input comes back with messages,
 * and no form works without its CSRF token.
 */
@AdelanteIntegrationTest
class SignatureAdminIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Signatures signatures;

	@Autowired
	ApplicationContext context;

	LetterFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new LetterFixtures(this.context);
	}

	@Test
	void organisersSearchAndFilterTheSignaturesAndMarkSeveralFraudulent() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Moderated " + unique()).signers(Signers.BOTH));
		String tag = unique();
		this.fixtures.sign(letter, organization("Bot Farm One " + tag, email()));
		this.fixtures.sign(letter, organization("Bot Farm Two " + tag, email()));
		this.fixtures.sign(letter, organization("Genuine Growers " + tag, email()));
		this.fixtures.sign(letter, individual("Bot Farm Fan " + tag, email()));
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		String list = "/admin/letters/" + letter.id() + "/signatures";

		HttpResponse<String> found = organiser.get(list + "?status=listed&q=bot+farm&kind=organization");

		assertThat(found.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(found.body());
		assertThat(page.select(".signature strong").eachText()).containsExactly("Bot Farm One " + tag,
				"Bot Farm Two " + tag);
		assertThat(page.selectFirst("p[role=status]").text()).isEqualTo("2 signatures in this status match.");
		assertThat(page.selectFirst("#q").val()).isEqualTo("bot farm");
		assertThat(page.selectFirst("#kind option[selected]").val()).isEqualTo("organization");
		assertThat(page.select("#domain[checked]")).isEmpty();
		assertThat(Jsoup.parse(organiser.get(list + "?status=listed&domain=differs").body()).select("#domain[checked]"))
			.hasSize(1);
		assertThat(page.selectFirst(".filters a[aria-current=page]").attr("href"))
			.isEqualTo(list + "?status=listed&q=bot%20farm&kind=organization");
		HtmlChecker.assertValid(found.body());

		List<String> fields = new java.util.ArrayList<>(List.of("action", "fraud", "status", "listed"));
		page.select("input[name=ids]").eachAttr("value").forEach((id) -> {
			fields.add("ids");
			fields.add(id);
		});
		HttpResponse<String> marked = organiser.post(list, fields.toArray(String[]::new));

		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(organiser.get(SigningIntegrationTests.location(marked)).body())
			.selectFirst(".notice")
			.text()).isEqualTo("2 signatures were marked fraudulent.");
		Letter after = this.fixtures.reload(letter);
		assertThat(after.listedOrganizations()).isEqualTo(1);
		assertThat(after.listedIndividuals()).isEqualTo(1);
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.FRAUDULENT, 2L);
		assertThat(
				Jsoup.parse(organiser.get(list + "?status=fraudulent").body()).select(".signature strong").eachText())
			.containsExactlyInAnyOrder("Bot Farm One " + tag, "Bot Farm Two " + tag);
	}

	@Test
	void aSignaturesPageCorrectsItsNameAndRecordsAWithdrawalShownOnTheLetter() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Corrected " + unique()));
		String name = "ccv " + unique();
		this.fixtures.sign(letter, organization(name, email()));
		Signature signature = listed(letter, name);
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		String base = "/admin/letters/" + letter.id() + "/signatures/" + signature.id();

		HttpResponse<String> opened = organiser.openForm(base);
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(opened.body()).selectFirst("h1").text()).isEqualTo(name);
		HtmlChecker.assertValid(opened.body());

		HttpResponse<String> blank = organiser.post(base + "/name", "name", "   ");
		assertThat(blank.statusCode()).isEqualTo(400);
		Document refused = Jsoup.parse(blank.body());
		assertThat(refused.selectFirst(".error-summary a").attr("href")).isEqualTo("#name");
		assertThat(refused.selectFirst("#name-error").text()).isEqualTo("Enter the name to list.");
		HtmlChecker.assertValid(blank.body());

		String corrected = "Comité Ciudadano del Valle " + unique();
		HttpResponse<String> renamed = organiser.post(base + "/name", "name", corrected);
		assertThat(renamed.statusCode()).isEqualTo(302);
		assertThat(Jsoup.parse(organiser.get(base).body()).selectFirst(".notice").text())
			.isEqualTo("The name on this letter was saved.");

		HttpResponse<String> withdrawn = organiser.post(base + "/withdrawal");
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		Document letterPage = Jsoup.parse(this.web.anonymous().get(letter.url()).body());
		assertThat(letterPage.select(".signatory__name").eachText()).containsExactly(corrected);
		assertThat(letterPage.selectFirst(".signatory__withdrawn").text()).startsWith("withdrew on ");
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isZero();
	}

	@Test
	void twoSignaturesOfOneOrganisationAreMergedFromTheSignaturesPage() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Merged in the admin " + unique()));
		String survivorName = "Alianza Río Abierto " + unique();
		String duplicateName = "Rio Abierto Alliance " + unique();
		this.fixtures.sign(letter, organization(survivorName, email()));
		this.fixtures.sign(letter, organization(duplicateName, email()));
		Signature survivor = listed(letter, survivorName);
		Signature duplicate = listed(letter, duplicateName);
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		String base = "/admin/letters/" + letter.id() + "/signatures/" + survivor.id();
		Document page = Jsoup.parse(organiser.openForm(base).body());
		assertThat(page.select("#other option").eachText()).contains("Choose a signature", duplicateName)
			.doesNotContain(survivorName);

		HttpResponse<String> unchosen = organiser.post(base + "/merge", "other", "");
		assertThat(unchosen.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(unchosen.body()).selectFirst("#other-error").text())
			.isEqualTo("Choose the signature to merge.");

		HttpResponse<String> merged = organiser.post(base + "/merge", "other", String.valueOf(duplicate.id()));

		assertThat(merged.statusCode()).isEqualTo(302);
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(1);
		Document after = Jsoup.parse(organiser.get(base).body());
		assertThat(after.selectFirst(".notice").text()).isEqualTo("The two signatures are now one.");
		assertThat(after.select(".signature__contacts > li")).hasSize(2);
		assertThat(organiser.get("/admin/letters/" + letter.id() + "/signatures/" + duplicate.id()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void noModerationFormWorksWithoutItsCsrfTokenAndOtherLettersSignaturesAreNotFound() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Guarded moderation " + unique()));
		Letter other = this.fixtures.open(LetterDraft.titled("Another letter " + unique()));
		String name = "Untouched " + unique();
		this.fixtures.sign(letter, organization(name, email()));
		Signature signature = listed(letter, name);
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		String base = "/admin/letters/" + letter.id() + "/signatures/" + signature.id();

		assertThat(organiser.postWithoutCsrf(base + "/withdrawal").statusCode()).isEqualTo(403);
		assertThat(organiser.postWithoutCsrf(base + "/fraud").statusCode()).isEqualTo(403);
		assertThat(organiser.postWithoutCsrf(base + "/name", "name", "Hijacked").statusCode()).isEqualTo(403);
		assertThat(organiser.get("/admin/letters/" + other.id() + "/signatures/" + signature.id()).statusCode())
			.isEqualTo(404);
		organiser.openForm(base);
		assertThat(organiser.post("/admin/letters/" + other.id() + "/signatures/" + signature.id() + "/fraud")
			.statusCode()).isEqualTo(404);
		assertThat(this.signatures.find(letter.id(), signature.id())).get()
			.satisfies((found) -> assertThat(found.status()).isEqualTo(SignatureStatus.LISTED))
			.satisfies((found) -> assertThat(found.name()).isEqualTo(name));
		assertThat(this.web.signedIn(Role.EDITOR).get(base).statusCode()).as("editors do not run letters")
			.isEqualTo(403);
	}

	private Signature listed(Letter letter, String name) {
		return this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, 1, 100)
			.items()
			.stream()
			.filter((signature) -> signature.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
