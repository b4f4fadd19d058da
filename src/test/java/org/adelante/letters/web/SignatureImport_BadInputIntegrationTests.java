package org.adelante.letters.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Signers;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HostileValues;
import org.adelante.test.HtmlChecker;
import org.adelante.test.MultipartForm;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that are not CSV files of signers, and hostile values in every cell, form field
 * and address of the import: each malformed file comes back with its own message next to
 * the file field and stores nothing, and nothing answers with a server error.
 */
@AdelanteIntegrationTest
class SignatureImport_BadInputIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	LetterFixtures fixtures;

	WebSession organiser;

	Letter letter;

	@BeforeEach
	void fixtures() {
		this.fixtures = new LetterFixtures(this.context);
		this.organiser = this.web.signedIn(Role.ORGANISER);
		this.letter = this.fixtures.open(LetterDraft.titled("Bad files " + unique()).signers(Signers.BOTH));
	}

	@Test
	void eachMalformedFileGetsItsMessageAndStoresNothing() {
		byte[] randomBytes = new byte[10 * 1024 * 1024];
		new Random(11).nextBytes(randomBytes);
		List<Case> cases = List.of(
				new Case("signers.xlsx", concat(new byte[] { 'P', 'K', 3, 4 }, randomBytes, 4096),
						"This is a spreadsheet file (such as Excel’s .xlsx), not CSV. Open it in your spreadsheet "
								+ "program, save it as “CSV UTF-8” and upload that file."),
				new Case("windows.csv", "Name,Email\nJosé,jose@example.org\n".getBytes(Charset.forName("windows-1252")),
						"Line 2 has characters that are not UTF-8. Save the file from your spreadsheet program as "
								+ "“CSV UTF-8” and upload it again."),
				new Case("unicode.txt", "Name,Email\nAna,ana@example.org\n".getBytes(StandardCharsets.UTF_16LE),
						"This file is not text in a form we can read. Save it from your spreadsheet program as "
								+ "“CSV UTF-8” and upload that file."),
				new Case("junk.csv", randomBytes,
						"The file is larger than 2 MB. Split it into files of at most 10,000 rows and import them "
								+ "one after another."),
				new Case("empty.csv", new byte[0], "The file is empty. Choose the CSV file with the signers."),
				new Case("header.csv", utf8("Name,Email\r\n"), "The file has the column names but no signers."),
				new Case("ragged.csv", utf8("Name,Email\nAna,ana@example.org\nLuz,luz@example.org,extra\n"),
						"Row 3 has 3 cells, but the first row names 2 columns. Every row must have as many cells "
								+ "as there are columns."),
				new Case("twice.csv", utf8("Email,Name,email\nana@example.org,Ana,x\n"),
						"Two columns are both called “email” (columns 1 and 3). Give each column a name of its own."),
				new Case("quotes.csv", utf8("Name,Email\n\"Ana\" Ruiz,ana@example.org\n"),
						"The file cannot be read as CSV near line 2: a quoted cell is not closed, or has text after "
								+ "its closing quote."),
				new Case("", new byte[0], "Choose the CSV file with the signers."));
		ImportFlow flow = new ImportFlow(this.organiser, this.letter.id());

		for (Case bad : cases) {
			HttpResponse<String> refused = flow.upload(bad.fileName(), bad.content());

			assertThat(refused.statusCode()).as(bad.fileName()).isEqualTo(400);
			Document page = Jsoup.parse(refused.body());
			assertThat(page.selectFirst("#file-error").text()).as(bad.fileName()).endsWith(bad.message());
			assertThat(page.selectFirst("input#file[type=file]")).as("the form, to try again").isNotNull();
			HtmlChecker.assertValid(refused.body());
		}
		assertThat(storedUploads()).isZero();
		assertThat(this.fixtures.reload(this.letter).listedTotal()).isZero();
	}

	@Test
	void theMessagesAreInSpanishForASpanishReader() {
		this.organiser.language("es");
		HttpResponse<String> refused = new ImportFlow(this.organiser, this.letter.id()).upload("libro.xlsx",
				new byte[] { 'P', 'K', 3, 4, 0, 0 });

		assertThat(Jsoup.parse(refused.body()).selectFirst("#file-error").text()).endsWith(
				"Este es un archivo de hoja de cálculo (como el .xlsx de Excel), no un CSV. Ábralo en su programa de "
						+ "hojas de cálculo, guárdelo como «CSV UTF-8» y suba ese archivo.");
	}

	@Test
	void hostileValuesInCellsFieldsAndAddressesNeverMeetAServerError() {
		ImportFlow flow = new ImportFlow(this.organiser, this.letter.id());
		String header = "Kind,Organization,Name,Website,City,Region,Country,Scope,Title,Email,Phone,Comment,Language,"
				+ "Date\n";
		for (HostileValues.Value value : HostileValues.all()) {
			String cell = "\"" + value.text().replace("\"", "\"\"") + "\"";
			ByteArrayOutputStream file = new ByteArrayOutputStream();
			file.writeBytes(utf8(header));
			for (int i = 0; i < 14; i++) {
				if (i > 0) {
					file.write(',');
				}
				file.writeBytes(value.isAny(HostileValues.Kind.INVALID_UTF8) ? value.bytes() : utf8(cell));
			}
			file.write('\n');
			HttpResponse<String> uploaded = flow.upload("hostile-" + value.kind() + ".csv", file.toByteArray());
			assertThat(uploaded.statusCode()).as(value.toString()).isIn(302, 400);
			if (uploaded.statusCode() == 302) {
				String mapping = SigningIntegrationTests.location(uploaded);
				HttpResponse<String> preview = flow.mappedAsGuessed(mapping);
				assertThat(preview.statusCode()).as(value.toString()).isEqualTo(200);
				this.organiser.openForm(mapping + "/preview");
				HttpResponse<String> imported = this.organiser.post(mapping + "/preview", "expected", "1", "skip",
						"true");
				assertThat(imported.statusCode()).as(value.toString()).isIn(302, 422);
				List<String> fields = new ArrayList<>();
				for (int i = 1; i <= 14; i++) {
					fields.add("column-" + i + "=" + value.encoded());
				}
				this.organiser.openForm(flow.base());
				assertThat(this.organiser.postEncoded(mapping, String.join("&", fields)).statusCode())
					.as(value.toString())
					.isLessThan(500);
				assertThat(
						this.organiser
							.postEncoded(mapping + "/preview",
									"expected=" + value.encoded() + "&skip=" + value.encoded() + "&email="
											+ value.encoded())
							.statusCode())
					.as(value.toString())
					.isLessThan(500);
			}
			if (value.fitsInAnAddress()) {
				assertThat(this.organiser.get(flow.base() + "/" + value.pathSegment()).statusCode())
					.as(value.toString())
					.isLessThan(500);
				assertThat(this.organiser.get(flow.base() + "/" + value.pathSegment() + "/preview").statusCode())
					.as(value.toString())
					.isLessThan(500);
			}
			this.organiser.openForm(flow.base());
			assertThat(this.organiser
				.post(flow.base(),
						new MultipartForm().rawFile("file", value.bytes(), "text/csv",
								utf8("Name,Email\nAna,a@b.example\n")))
				.statusCode()).as("file name " + value).isIn(302, 400, 413);
		}
	}

	private long storedUploads() {
		return this.jdbc.sql("select count(*) from signature_imports where letter_id = :letter")
			.param("letter", this.letter.id())
			.query(Long.class)
			.single();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[] first, byte[] second, int length) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(first);
		bytes.write(second, 0, length);
		return bytes.toByteArray();
	}

	private record Case(String fileName, byte[] content, String message) {
	}

}
