package org.adelante.letters.web;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Signature;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.letters.Signers;
import org.adelante.organizations.Scope;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MovableClock;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
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
 * The CSV export of a letter's signatures: linked from the signatures page, a download of
 * every signature whatever its status, with a byte order mark, the documented columns and
 * formulas neutralised; only organisers get it.
 */
@AdelanteIntegrationTest
class SignatureExportIntegrationTests {

	@Autowired
	WebSessions web;

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
	void everySignatureIsExportedWhateverItsStatusWithItsFirstContact() throws IOException {
		Letter letter = this.fixtures.open(LetterDraft.titled("Exported " + unique()).signers(Signers.BOTH));
		String tag = unique();
		String domain = "rf-" + tag + ".example";
		this.fixtures.sign(letter,
				organization("Red Fronteriza " + tag, "https://" + domain, Scope.NATIONAL, "MX", "ana@" + domain));
		this.fixtures.sign(letter,
				organization("Red Fronteriza " + tag, "https://" + domain, Scope.NATIONAL, "MX", "luz@" + domain));
		this.fixtures.sign(letter, organization("Withdrawn Group " + tag, email()));
		this.fixtures.sign(letter, organization("Bot Farm " + tag, email()));
		String personEmail = email();
		this.fixtures.sign(letter, individual("Rosa Díaz " + tag, personEmail));
		this.signatures.recordWithdrawal(letter.id(), find(letter, "Withdrawn Group " + tag).id());
		this.signatures.markFraudulent(letter.id(), List.of(find(letter, "Bot Farm " + tag).id()));
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		String page = organiser.get("/admin/letters/" + letter.id() + "/signatures").body();
		String link = Jsoup.parse(page)
			.select("a")
			.stream()
			.filter((a) -> a.text().equals("Download all signatures (CSV)"))
			.findFirst()
			.orElseThrow()
			.attr("href");

		HttpResponse<byte[]> export = organiser.getBytes(link);

		assertThat(link).isEqualTo("/admin/letters/" + letter.id() + "/signatures.csv");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		String today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("America/Phoenix")).toString();
		assertThat(export.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"" + letter.slug() + "-signatures-" + today + ".csv\"");
		assertThat(export.headers().allValues("Cache-Control"))
			.anySatisfy((value) -> assertThat(value).contains("no-store"));
		assertThat(export.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		List<CSVRecord> rows = parse(export.body());
		assertThat(rows).extracting((row) -> row.get("name"))
			.containsExactly("Red Fronteriza " + tag, "Withdrawn Group " + tag, "Bot Farm " + tag, "Rosa Díaz " + tag);
		CSVRecord network = rows.get(0);
		assertThat(network.get("kind")).isEqualTo("organization");
		assertThat(network.get("status")).isEqualTo("listed");
		assertThat(network.get("country")).isEqualTo("MX");
		assertThat(network.get("scope")).isEqualTo("national");
		assertThat(network.get("source")).isEqualTo("online");
		assertThat(network.get("signer_email")).isEqualTo("ana@" + domain);
		assertThat(network.get("email_domain_matches")).isEqualTo("true");
		assertThat(network.get("contacts")).isEqualTo("2");
		assertThat(network.get("text_version")).isEqualTo("1");
		assertThat(network.get("confirmed_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
		assertThat(network.get("attested_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
		assertThat(rows.get(1).get("status")).isEqualTo("withdrawn");
		assertThat(rows.get(1).get("withdrawn_at")).isNotEmpty();
		assertThat(rows.get(2).get("status")).isEqualTo("fraudulent");
		assertThat(rows.get(3).get("kind")).isEqualTo("individual");
		assertThat(rows.get(3).get("signer_email")).isEqualTo(personEmail);
		assertThat(rows.get(3).get("email_domain_matches")).isEmpty();
	}

	@Test
	void aFormulaInANameIsExportedNeutralised() throws IOException {
		Letter letter = this.fixtures.open(LetterDraft.titled("Formula " + unique()));
		String name = "=HYPERLINK(\"http://x.example\",\"y " + unique() + "\")";
		this.fixtures.sign(letter, organization(name, email()));

		HttpResponse<byte[]> export = this.web.signedIn(Role.ORGANISER)
			.getBytes("/admin/letters/" + letter.id() + "/signatures.csv");

		assertThat(parse(export.body()).get(0).get("name")).isEqualTo("'" + name);
		assertThat(new String(export.body(), StandardCharsets.UTF_8)).doesNotContain(",\"=HYPERLINK");
	}

	@Test
	void onlyOrganisersExportAndAnUnknownLetterIsNotFound() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Guarded export " + unique()));
		String path = "/admin/letters/" + letter.id() + "/signatures.csv";

		assertThat(this.web.signedIn(Role.EDITOR).getBytes(path).statusCode()).isEqualTo(403);
		assertThat(this.web.anonymous().getBytes(path).statusCode()).isEqualTo(302);
		assertThat(this.web.signedIn(Role.ORGANISER).getBytes("/admin/letters/999999999/signatures.csv").statusCode())
			.isEqualTo(404);
	}

	private Signature find(Letter letter, String name) {
		return this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, 1, 100)
			.items()
			.stream()
			.filter((signature) -> signature.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	static List<CSVRecord> parse(byte[] body) throws IOException {
		String text = new String(body, StandardCharsets.UTF_8);
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))
			.getRecords();
	}

}
