package org.adelante.letters.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.adelante.accounts.AuditLog;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Signature;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.letters.Signers;
import org.adelante.organizations.OrganizationCandidate;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.Scope;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.ReceivedMail;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.apache.commons.csv.CSVRecord;
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
 * Importing signers from a CSV file: a letter's export imported into another brings the
 * same signers, its columns chosen by themselves; the choice of columns is remembered;
 * duplicates of signers and of rows are shown and refuse the import unless left out; an
 * import is all or nothing; confirmation emails go only when asked for; every page is
 * valid HTML and only organisers reach it.
 */
@AdelanteIntegrationTest
class SignatureImportIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Signatures signatures;

	@Autowired
	Organizations organizations;

	@Autowired
	AuditLog audit;

	@Autowired
	ApplicationContext context;

	LetterFixtures fixtures;

	WebSession organiser;

	@BeforeEach
	void fixtures() {
		this.fixtures = new LetterFixtures(this.context);
		this.organiser = this.web.signedIn(Role.ORGANISER);
	}

	@Test
	void aLettersExportImportedIntoAnotherBringsTheSameSigners() throws IOException {
		Letter from = this.fixtures.open(LetterDraft.titled("Exported " + unique()).signers(Signers.BOTH));
		Letter into = this.fixtures.open(LetterDraft.titled("Imported " + unique()).signers(Signers.BOTH));
		String tag = unique();
		this.fixtures.sign(from, organization("Alianza Río " + tag, null, Scope.INTERNATIONAL, "MX", email()));
		this.fixtures.sign(from, organization("Comité Vecinal " + tag, null, Scope.LOCAL, "US", email()));
		this.fixtures.sign(from, organization("=HYPERLINK(\"http://x.example\",\"" + tag + "\")", email()));
		this.fixtures.sign(from, individual("Rosa Díaz " + tag, email()));
		byte[] exported = this.organiser.getBytes("/admin/letters/" + from.id() + "/signatures.csv").body();
		ImportFlow flow = new ImportFlow(this.organiser, into.id());

		String mapping = flow.uploaded(from.slug() + ".csv",
				new String(exported, java.nio.charset.StandardCharsets.UTF_8));
		Map<String, String> chosen = flow.chosen(mapping);
		assertThat(chosen).containsEntry("column-2", "kind")
			.containsEntry("column-3", "name")
			.containsEntry("column-6", "country")
			.containsEntry("column-12", "signer-name")
			.containsEntry("column-14", "email")
			.containsEntry("column-20", "signed-at")
			.containsEntry("column-8", "ignore");
		HttpResponse<String> preview = flow.mappedAsGuessed(mapping);
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(preview.body()).selectFirst("p[role=status]").text())
			.isEqualTo("4 rows: 4 can be imported, none has problems.");
		HttpResponse<String> imported = flow.importAll(mapping, false, false);

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
		assertThat(Jsoup.parse(this.organiser.get(SigningIntegrationTests.location(imported)).body())
			.selectFirst(".notice")
			.text()).isEqualTo("4 signatures were imported.");
		assertThat(signers(into)).isEqualTo(signers(from));
		assertThat(this.fixtures.reload(into).listedOrganizations()).isEqualTo(3);
		assertThat(this.fixtures.reload(into).listedIndividuals()).isEqualTo(1);
		List<CSVRecord> again = SignatureExportIntegrationTests
			.parse(this.organiser.getBytes("/admin/letters/" + into.id() + "/signatures.csv").body());
		assertThat(again).extracting((row) -> row.get("source")).containsOnly("imported");
		List<CSVRecord> original = SignatureExportIntegrationTests.parse(exported);
		assertThat(again).extracting((row) -> row.get("confirmed_at"))
			.containsExactlyElementsOf(original.stream().map((row) -> row.get("confirmed_at")).toList());
		assertThat(this.audit.forSubject("letter", into.id())).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("signatures.imported");
			assertThat(entry.summary()).contains("4 imported");
		});
		assertThat(this.organiser.get(mapping).statusCode()).as("a second look after the import").isEqualTo(302);
	}

	@Test
	void theColumnsChosenForAFileAreChosenAgainForTheNextWithTheSameColumnNames() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Remembered " + unique()));
		ImportFlow flow = new ImportFlow(this.organiser, letter.id());
		String header = "Grupo " + unique() + ";Correo;Notas internas\n";
		String first = flow.uploaded("first.csv", header + "Agua Viva;ana@av.example;nada\n");
		assertThat(flow.chosen(first)).containsExactly(Map.entry("column-1", "ignore"), Map.entry("column-2", "email"),
				Map.entry("column-3", "ignore"));
		Map<String, String> chosen = new LinkedHashMap<>(
				Map.of("column-1", "organization-name", "column-2", "email", "column-3", "comment"));
		assertThat(flow.map(first, chosen).statusCode()).isEqualTo(302);

		String second = flow.uploaded("second.csv", header + "Otra Agua;luz@oa.example;algo\n");

		assertThat(flow.chosen(second)).containsExactly(Map.entry("column-1", "organization-name"),
				Map.entry("column-2", "email"), Map.entry("column-3", "comment"));
	}

	@Test
	void duplicatesOfSignersAndOfRowsAreShownAndRefuseTheImportUnlessLeftOut() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Duplicates " + unique()).signers(Signers.BOTH));
		String tag = unique();
		this.fixtures.sign(letter, organization("Red Fronteriza " + tag, email()));
		String person = email();
		String file = "Organización;Nombre;Correo\n" + "RED FRONTERIZA " + tag + ";Ana;" + email() + "\n" + "Agua Viva "
				+ tag + ";Luz;" + email() + "\n" + "Agua Viva " + tag + ";Sol;" + email() + "\n" + ";Rosa;" + person
				+ "\n" + ";Rosa again;" + person.toUpperCase() + "\n" + "Good Group " + tag + ";Eva;" + email() + "\n"
				+ "Bad Email " + tag + ";Eva;not-an-email\n";
		ImportFlow flow = new ImportFlow(this.organiser, letter.id());
		String mapping = flow.uploaded("duplicates.csv", file);

		HttpResponse<String> preview = flow.mappedAsGuessed(mapping);

		Document page = Jsoup.parse(preview.body());
		assertThat(page.selectFirst("p[role=status]").text()).isEqualTo("7 rows: 3 can be imported, 4 have problems.");
		assertThat(page.select("#problems-title + div tbody tr").eachText()).containsExactly(
				"2 RED FRONTERIZA " + tag + " " + rowEmail(file, 2) + " Duplicate: Signed this letter already.",
				"4 Agua Viva " + tag + " " + rowEmail(file, 4) + " Duplicate: The same signer as row 3.",
				"6 Rosa again " + person + " Duplicate: The same signer as row 5.",
				"8 Bad Email " + tag + " not-an-email Email: Please enter an email address like name@example.org.");
		HtmlChecker.assertValid(preview.body());

		HttpResponse<String> refused = flow.importAll(mapping, false, false);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(refused.body()).selectFirst(".error-summary p").text())
			.startsWith("Some rows have problems.");
		HtmlChecker.assertValid(refused.body());
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.LISTED, 1L);
		assertThat(this.organizations.match(candidate("Agua Viva " + tag))).isEmpty();

		HttpResponse<String> imported = flow.importAll(mapping, true, false);
		assertThat(imported.statusCode()).isEqualTo(302);
		assertThat(names(letter)).containsExactlyInAnyOrder("Red Fronteriza " + tag, "Agua Viva " + tag,
				"Good Group " + tag, "Rosa");
	}

	@Test
	void anImportThatWouldNoLongerBeWhatThePreviewShowedStoresNothing() {
		Letter letter = this.fixtures.open(LetterDraft.titled("All or nothing " + unique()));
		String tag = unique();
		String file = "Organization,Signer,Email\n" + "First " + tag + ",Ana," + email() + "\n" + "Second " + tag
				+ ",Luz," + email() + "\n" + "Third " + tag + ",Sol," + email() + "\n" + "Fourth " + tag + ",Eva,"
				+ email() + "\n";
		ImportFlow flow = new ImportFlow(this.organiser, letter.id());
		String mapping = flow.uploaded("all-or-nothing.csv", file);
		flow.mappedAsGuessed(mapping);
		Document preview = Jsoup.parse(this.organiser.openForm(mapping + "/preview").body());
		assertThat(preview.selectFirst("input[name=expected]").val()).isEqualTo("4");
		// The third organisation signs online between the preview and the import.
		this.fixtures.sign(letter, organization("Third " + tag, email()));

		HttpResponse<String> refused = this.organiser.post(mapping + "/preview", "expected", "4", "skip", "true");

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(refused.body()).selectFirst(".error-summary p").text())
			.startsWith("The letter’s signatures changed since this preview");
		assertThat(names(letter)).containsExactly("Third " + tag);
		assertThat(this.organizations.match(candidate("First " + tag))).as("no organisation added").isEmpty();
		assertThat(this.organizations.match(candidate("Second " + tag))).isEmpty();
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isEqualTo(1);
	}

	@Test
	void aFailureAfterSomeRowsWereStoredTakesThemAllBack() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Rolled back " + unique()));
		String tag = unique();
		String known = "known-" + tag + ".example";
		this.organizations.create(new org.adelante.organizations.OrganizationDetails("Known Group " + tag, null,
				"https://" + known, null, null, "US"));
		// The preview matches the second row to the known group by its email's domain;
		// the
		// import, having added the first row's organisation, matches it to that one by
		// name, a surer rule: a duplicate found only once the first row is stored.
		String file = "Organization,Signer,Email\n" + "Newcomer " + tag + ",Ana,ana@newcomer-" + tag + ".example\n"
				+ "Newcomer " + tag + ",Luz,luz@" + known + "\n";
		ImportFlow flow = new ImportFlow(this.organiser, letter.id());
		String mapping = flow.uploaded("rolled-back.csv", file);
		assertThat(Jsoup.parse(flow.mappedAsGuessed(mapping).body()).selectFirst("p[role=status]").text())
			.isEqualTo("2 rows: 2 can be imported, none has problems.");

		HttpResponse<String> refused = flow.importAll(mapping, false, false);

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(names(letter)).isEmpty();
		assertThat(this.organizations.match(candidate("Newcomer " + tag))).as("the first row's organisation").isEmpty();
		assertThat(this.fixtures.reload(letter).listedOrganizations()).isZero();
		assertThat(this.organiser.get(mapping + "/preview").statusCode()).as("the file is still there to correct")
			.isEqualTo(200);
	}

	@Test
	void aLetterThatClosedSinceThePreviewTakesNoImport() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Closing " + unique()));
		ImportFlow flow = new ImportFlow(this.organiser, letter.id());
		String mapping = flow.uploaded("closing.csv",
				"Organization,Signer,Email\nLate Group " + unique() + ",Ana," + email() + "\n");
		flow.mappedAsGuessed(mapping);
		this.organiser.openForm(mapping + "/preview");
		this.context.getBean(org.adelante.letters.Letters.class).closeNow(letter.id());

		HttpResponse<String> refused = this.organiser.post(mapping + "/preview", "expected", "1");

		assertThat(refused.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.selectFirst(".error-summary p").text())
			.isEqualTo("This letter does not take signatures now. Open it to import them.");
		assertThat(page.select("form[action$=/preview]")).as("no button while it is closed").isEmpty();
		assertThat(names(letter)).isEmpty();
	}

	@Test
	void importedSignersAreEmailedOnlyWhenStaffAskAndCanWithdrawByTheLink() {
		Letter quiet = this.fixtures.open(LetterDraft.titled("Quiet import " + unique()));
		Letter told = this.fixtures.open(LetterDraft.titled("Told import " + unique()));
		String quietEmail = email();
		String toldEmail = email();
		String tag = unique();
		assertThat(new ImportFlow(this.organiser, quiet.id())
			.run("quiet.csv", "Organization,Signer,Email\nQuiet " + tag + ",Ana," + quietEmail + "\n", false, false)
			.statusCode()).isEqualTo(302);

		assertThat(new ImportFlow(this.organiser, told.id())
			.run("told.csv", "Organization,Signer,Email\nTold " + tag + ",Luz," + toldEmail + "\n", false, true)
			.statusCode()).isEqualTo(302);

		ReceivedMail mail = ReceivedMail.awaitFor(toldEmail);
		assertThat(mail.subject()).isEqualTo("Your signature is recorded: " + told.title());
		assertThat(mail.text()).contains("on behalf of Told " + tag).doesNotContain("/signatures/confirm/");
		assertThat(ReceivedMail.allFor(quietEmail)).as("sent in order, so the quiet one would be there").isEmpty();
		String withdraw = java.util.regex.Pattern.compile("http://localhost(/signatures/withdraw/[A-Za-z0-9_-]{43})")
			.matcher(mail.text())
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);
		WebSession signer = this.web.anonymous();
		signer.openForm(withdraw);
		assertThat(signer.post(withdraw).body()).contains("Your signature is withdrawn");
		assertThat(this.signatures.counts(told.id())).containsEntry(SignatureStatus.WITHDRAWN, 1L);
	}

	@Test
	void theImportPagesAreValidHtmlAndShowWhatIsWrongWithAChoiceOfColumns() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Valid pages " + unique()).signers(Signers.BOTH));
		ImportFlow flow = new ImportFlow(this.organiser, letter.id());
		HttpResponse<String> upload = this.organiser.get(flow.base());
		assertThat(upload.statusCode()).isEqualTo(200);
		HtmlChecker.assertValid(upload.body());
		String mapping = flow.uploaded("pages.csv", "Nombre,Correo,Ciudad\nAna,ana@example.org,Tucson\n");
		HttpResponse<String> page = this.organiser.get(mapping);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(page.body()).selectFirst("#column-1-hint").text()).isEqualTo("Such as: Ana");
		HtmlChecker.assertValid(page.body());

		HttpResponse<String> wrong = flow.map(mapping,
				Map.of("column-1", "name", "column-2", "city", "column-3", "city"));

		assertThat(wrong.statusCode()).isEqualTo(400);
		Document refused = Jsoup.parse(wrong.body());
		assertThat(refused.select(".error-summary li").eachText()).containsExactly(
				"Column 2 already holds this. Choose each one for one column only.",
				"Choose the column with the signers’ email addresses.");
		assertThat(refused.select(".error-summary a").eachAttr("href")).containsExactly("#column-3", "#column-1");
		HtmlChecker.assertValid(wrong.body());
		assertThat(flow.map(mapping, Map.of("column-1", "name", "column-2", "email", "column-3", "city")).statusCode())
			.isEqualTo(302);
		HttpResponse<String> preview = this.organiser.get(mapping + "/preview");
		assertThat(preview.statusCode()).isEqualTo(200);
		HtmlChecker.assertValid(preview.body());
		HttpResponse<String> spanish = this.organiser.get(mapping + "/preview", "Accept-Language", "es");
		assertThat(Jsoup.parse(spanish.body()).selectFirst("form[action$=/preview] button").text())
			.isEqualTo("Importar una firma");
	}

	@Test
	void onlyOrganisersImportAndNoFormWorksWithoutItsCsrfToken() {
		Letter letter = this.fixtures.open(LetterDraft.titled("Guarded import " + unique()));
		ImportFlow flow = new ImportFlow(this.organiser, letter.id());
		String mapping = flow.uploaded("guarded.csv", "Name,Email\nAna,ana@example.org\n");
		WebSession editor = this.web.signedIn(Role.EDITOR);

		assertThat(editor.get(flow.base()).statusCode()).isEqualTo(403);
		assertThat(editor.get(mapping).statusCode()).isEqualTo(403);
		assertThat(editor.get(mapping + "/preview").statusCode()).isEqualTo(403);
		assertThat(editor.post(mapping + "/preview", "expected", "1").statusCode()).isEqualTo(403);
		assertThat(
				this.organiser
					.postWithoutCsrf(flow.base(),
							new org.adelante.test.MultipartForm().file("file", "x.csv", "text/csv",
									"Name,Email\n".getBytes()))
					.statusCode())
			.isEqualTo(403);
		assertThat(this.organiser.postWithoutCsrf(mapping + "/preview", "expected", "1").statusCode()).isEqualTo(403);
		assertThat(this.organiser.get("/admin/letters/" + letter.id() + "/signatures/import/" + "A".repeat(43))
			.statusCode()).isEqualTo(404);
		Letter other = this.fixtures.open(LetterDraft.titled("Other letter " + unique()));
		assertThat(this.organiser.get(mapping.replace("/letters/" + letter.id() + "/", "/letters/" + other.id() + "/"))
			.statusCode()).as("another letter's upload").isEqualTo(404);
		assertThat(this.signatures.counts(letter.id())).containsEntry(SignatureStatus.LISTED, 0L);
	}

	private Set<String> signers(Letter letter) {
		return this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, 1, 100)
			.items()
			.stream()
			.map((signature) -> signature.kind() + " " + signature.name() + " " + signature.country())
			.collect(Collectors.toSet());
	}

	private List<String> names(Letter letter) {
		return this.signatures.inStatus(letter.id(), SignatureStatus.LISTED, 1, 100)
			.items()
			.stream()
			.map(Signature::name)
			.toList();
	}

	private static String rowEmail(String file, int row) {
		return file.split("\n")[row - 1].split(";")[2];
	}

	private static OrganizationCandidate candidate(String name) {
		return new OrganizationCandidate(name, null, null, null, null, null, null);
	}

}
