package org.adelante.letters.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.adelante.letters.Deliveries;
import org.adelante.letters.Delivery;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Letters;
import org.adelante.letters.Target;
import org.adelante.organizations.Scope;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.MovableClock;
import org.adelante.test.ReceivedMail;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.email;
import static org.adelante.letters.LetterFixtures.organization;
import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Delivering a letter: organisers choose targets and write the cover message, each target
 * receives one email with the PDF, and the public record shows a snapshot whose hash
 * anyone can recompute from the documented canonical form; signatures listed later are
 * marked as added after delivery, and a second round has a snapshot of its own.
 */
@AdelanteIntegrationTest
class DeliveryIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Letters letters;

	@Autowired
	Deliveries deliveries;

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
	void eachTargetGetsOneEmailWithThePdfAndThePublicRecordCarriesTheHashOfTheCanonicalForm() throws IOException {
		String governor = "governor-" + unique() + "@state.example";
		String secretary = "secretary-" + unique() + "@state.example";
		Letter letter = this.fixtures.open(LetterDraft.titled("Deliver the water letter " + unique())
			.targets(new Target("Marta Ellison", "Governor", "State of Arizona", governor),
					new Target("Joan Ruiz", "Secretary", "Water Resources", secretary),
					new Target("Office without email", null, null)));
		this.fixtures.sign(letter,
				organization("Øresund Łódź Friends " + unique(), null, Scope.INTERNATIONAL, "DK", email()));
		this.fixtures.sign(letter, organization("Acción Ñandú " + unique(), null, Scope.LOCAL, "MX", email()));
		WebSession organiser = this.web.signedIn(Role.ORGANISER);

		HttpResponse<String> compose = organiser.openForm("/admin/letters/" + letter.id() + "/deliveries");
		assertThat(compose.statusCode()).isEqualTo(200);
		Document form = Jsoup.parse(compose.body());
		assertThat(form.select("input[name=recipient]").eachAttr("value")).containsExactly("0", "1");
		assertThat(form.select("input[name=recipient][checked]")).hasSize(2);
		assertThat(form.selectFirst("#bodyEn").text()).contains("{name}", "2 organisations");
		assertThat(form.text()).contains("No email address for: Office without email.");
		HtmlChecker.assertValid(compose.body());
		String[] fields = { "recipient", "0", "recipient", "1", "targetLanguage", "en", "targetLanguage", "en",
				"targetLanguage", "en", "subjectEn", "For your attention", "bodyEn",
				"Dear {name},\n\nPlease read the attached letter.\n\nThe coalition", "subjectEs", "", "bodyEs", "" };

		HttpResponse<String> preview = organiser.post("/admin/letters/" + letter.id() + "/deliveries",
				with(fields, "action", "preview"));
		assertThat(preview.statusCode()).isEqualTo(200);
		Document previewed = Jsoup.parse(preview.body());
		assertThat(previewed.select(".delivery-preview__message p").eachText()).contains("Dear Marta Ellison,",
				"Please read the attached letter.", "Attached: " + letter.slug() + "-1.pdf");
		HtmlChecker.assertValid(preview.body());
		assertThat(this.deliveries.of(letter.id())).as("a preview delivers nothing").isEmpty();

		HttpResponse<String> delivered = organiser.post("/admin/letters/" + letter.id() + "/deliveries",
				with(fields, "action", "deliver"));

		assertThat(delivered.statusCode()).isEqualTo(302);
		Delivery delivery = this.deliveries.latest(letter.id()).orElseThrow();
		assertThat(delivered.headers().firstValue("Location").orElseThrow())
			.endsWith("/admin/letters/" + letter.id() + "/deliveries/" + delivery.id());
		ReceivedMail toGovernor = ReceivedMail.awaitFor(governor);
		assertThat(ReceivedMail.awaitFor(secretary).subject()).isEqualTo("For your attention");
		assertThat(toGovernor.text()).contains("Dear Marta Ellison,", "http://localhost" + delivery.url(letter.slug()));
		assertThat(toGovernor.attachments()).singleElement().satisfies((file) -> {
			assertThat(file.filename()).isEqualTo(letter.slug() + "-1.pdf");
			assertThat(file.contentType()).startsWith("application/pdf");
			assertThat(text(file.content())).contains("Øresund Łódź Friends", "Acción Ñandú");
			assertThat(text(file.content()).replaceAll("\\s", ""))
				.as("the footer links the record, broken across lines as it may be")
				.contains("http://localhost" + delivery.url(letter.slug()));
		});
		await().untilAsserted(
				() -> assertThat(Jsoup
					.parse(organiser
						.get(java.net.URI.create(delivered.headers().firstValue("Location").orElseThrow()).getPath())
						.body())
					.selectFirst(".delivery-progress label")
					.text()).isEqualTo("2 of 2 emails sent"));

		String expected = sha256(canonicalForm(letter, delivery));
		assertThat(delivery.hash()).isEqualTo(expected);
		HttpResponse<String> record = this.web.anonymous().get(delivery.url(letter.slug()));
		assertThat(record.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(record.body());
		assertThat(page.selectFirst("code.hash").text()).isEqualTo(expected);
		assertThat(page.select(".signatory__name").eachText()).containsExactly(
				delivery.snapshot().signatories().get(0).name(), delivery.snapshot().signatories().get(1).name());
		HtmlChecker.assertValid(record.body());
		HttpResponse<byte[]> canonical = this.web.anonymous().getBytes(delivery.url(letter.slug()) + "/canonical.txt");
		assertThat(sha256(canonical.body())).isEqualTo(expected);
		assertThat(this.web.anonymous().getBytes(delivery.url(letter.slug()) + ".pdf").body())
			.isEqualTo(toGovernor.attachments().get(0).content());
	}

	@Test
	void signaturesListedAfterADeliveryAreMarkedAndASecondRoundHasItsOwnSnapshot() {
		String governor = "governor-" + unique() + "@state.example";
		Letter letter = this.fixtures.open(LetterDraft.titled("Two rounds " + unique())
			.targets(new Target("Marta Ellison", "Governor", null, governor)));
		String early = "Early Coalition " + unique();
		this.fixtures.sign(letter, organization(early, email()));
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		organiser.openForm("/admin/letters/" + letter.id() + "/deliveries");
		String[] fields = { "recipient", "0", "targetLanguage", "en", "subjectEn", "Round", "bodyEn", "Dear {name},",
				"action", "deliver" };
		organiser.post("/admin/letters/" + letter.id() + "/deliveries", fields);
		Delivery first = this.deliveries.latest(letter.id()).orElseThrow();
		this.clock.advance(java.time.Duration.ofDays(2));
		String late = "Late Coalition " + unique();
		this.fixtures.sign(letter, organization(late, email()));

		Document page = Jsoup.parse(this.web.anonymous().get(letter.url()).body());

		assertThat(page.select(".signatory-list li:has(.signatory__added) .signatory__name").eachText())
			.containsExactly(late);
		assertThat(page.select(".signatory__added").text()).startsWith("added after delivery on ");
		assertThat(page.select(".letter__deliveries a").eachAttr("href")).containsExactly(first.url(letter.slug()));

		organiser.openForm("/admin/letters/" + letter.id() + "/deliveries");
		organiser.post("/admin/letters/" + letter.id() + "/deliveries", fields);
		List<Delivery> rounds = this.deliveries.of(letter.id());

		assertThat(rounds).hasSize(2);
		Delivery second = rounds.get(0);
		assertThat(second.snapshot().round()).isEqualTo(2);
		assertThat(second.hash()).isNotEqualTo(first.hash());
		assertThat(second.snapshot().signatories()).extracting("name").contains(early, late);
		assertThat(first.snapshot().signatories()).extracting("name").containsExactly(early);
		Document after = Jsoup.parse(this.web.anonymous().get(letter.url()).body());
		assertThat(after.select(".signatory__added")).isEmpty();
		assertThat(after.select(".letter__deliveries a").eachAttr("href")).containsExactly(second.url(letter.slug()),
				first.url(letter.slug()));
		assertThat(Jsoup.parse(this.web.anonymous().get(first.url(letter.slug())).body())
			.select(".signatory__name")
			.eachText()).containsExactly(early);
		assertThat(ReceivedMail.awaitFor(governor, 2)).hasSize(2);
	}

	@Test
	void aDeliveryNeedsATargetWithAnEmailAndAPublicLetterAndUnknownRecordsAreNotFound() {
		Letter letter = this.fixtures.open(
				LetterDraft.titled("Refused deliveries " + unique()).targets(new Target("No Address", "Mayor", null)));
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		organiser.openForm("/admin/letters/" + letter.id() + "/deliveries");

		HttpResponse<String> nobody = organiser.post("/admin/letters/" + letter.id() + "/deliveries", "subjectEn", "S",
				"bodyEn", "B", "action", "deliver");
		HttpResponse<String> noAddress = organiser.post("/admin/letters/" + letter.id() + "/deliveries", "recipient",
				"0", "targetLanguage", "en", "subjectEn", "S", "bodyEn", "B", "action", "deliver");
		Letter draft = this.fixtures.draft(LetterDraft.titled("Still a draft " + unique())
			.targets(new Target("Someone", null, null, "someone-" + unique() + "@state.example")));
		HttpResponse<String> ofDraft = organiser.post("/admin/letters/" + draft.id() + "/deliveries", "recipient", "0",
				"targetLanguage", "en", "subjectEn", "S", "bodyEn", "B", "action", "deliver");

		assertThat(nobody.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(nobody.body()).select(".error-summary").text())
			.contains("Choose at least one target with an email address.");
		assertThat(noAddress.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(noAddress.body()).select(".error-summary").text())
			.contains("No Address has no valid email address");
		assertThat(ofDraft.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(ofDraft.body()).select(".error-summary").text()).contains("A draft cannot be delivered");
		assertThat(this.deliveries.of(letter.id())).isEmpty();
		assertThat(this.deliveries.of(draft.id())).isEmpty();
		assertThat(organiser.get("/admin/letters/" + letter.id() + "/deliveries/999999").statusCode()).isEqualTo(404);
		assertThat(this.web.anonymous().get(letter.url() + "/deliveries/" + "a".repeat(64)).statusCode())
			.isEqualTo(404);
		assertThat(this.web.anonymous().get(letter.url() + "/deliveries/%3Cscript%3E").statusCode()).isEqualTo(404);
		assertThat(this.web.signedIn(Role.EDITOR).get("/admin/letters/" + letter.id() + "/deliveries").statusCode())
			.isEqualTo(403);
	}

	/** The canonical form as the README documents it, built from the delivery's parts. */
	private static String canonicalForm(Letter letter, Delivery delivery) {
		StringBuilder form = new StringBuilder();
		Instant at = delivery.snapshot().deliveredAt().truncatedTo(ChronoUnit.SECONDS);
		net(form, "adelante-delivery-1");
		net(form, "1");
		net(form, at.toString());
		net(form, String.valueOf(letter.text().number()));
		net(form, letter.text().hash());
		net(form, letter.content().titleEn());
		net(form, letter.content().textEn());
		net(form, "");
		net(form, "");
		net(form, String.valueOf(letter.content().targets().size()));
		for (Target target : letter.content().targets()) {
			net(form, target.name());
			net(form, target.title());
			net(form, target.office());
		}
		net(form, String.valueOf(delivery.snapshot().signatories().size()));
		for (var signatory : delivery.snapshot().signatories()) {
			net(form, signatory.kind().name());
			net(form, signatory.name());
			net(form, signatory.city());
			net(form, signatory.region());
			net(form, signatory.country());
			net(form, String.valueOf(signatory.convener()));
		}
		return form.toString();
	}

	private static void net(StringBuilder form, String value) {
		String text = (value != null) ? value : "";
		form.append(text.getBytes(StandardCharsets.UTF_8).length).append(':').append(text).append(',');
	}

	private static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String[] with(String[] fields, String... more) {
		String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
		System.arraycopy(more, 0, all, fields.length, more.length);
		return all;
	}

}
