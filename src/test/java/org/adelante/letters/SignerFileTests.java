package org.adelante.letters;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.adelante.shared.FieldProblems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SignerFileTests {

	@Test
	void aCommaSeparatedFileGivesItsColumnNamesAndRows() {
		SignerFile file = read(
				"Organization,Email\r\nRed Fronteriza,ana@rf.example\r\n\"Agua, Vida\",luz@av.example\r\n");

		assertThat(file.headers()).containsExactly("Organization", "Email");
		assertThat(file.delimiter()).isEqualTo(',');
		assertThat(file.rows()).extracting(SignerFile.Row::number).containsExactly(2, 3);
		assertThat(file.rows().get(1).cells()).containsExactly("Agua, Vida", "luz@av.example");
	}

	@Test
	void aFileWithAByteOrderMarkIsReadWithoutIt() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		SignerFile file = SignerFile.read(concat(bom, "Nombre,Correo\nAna Núñez,ana@example.org\n".getBytes()));

		assertThat(file.headers()).containsExactly("Nombre", "Correo");
		assertThat(file.rows().get(0).cells()).containsExactly("Ana Núñez", "ana@example.org");
	}

	@Test
	void utf16WithAByteOrderMarkIsRead() {
		byte[] text = "Nombre\tCorreo\nAna Núñez\tana@example.org\n".getBytes(StandardCharsets.UTF_16LE);
		SignerFile file = SignerFile.read(concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text));

		assertThat(file.delimiter()).isEqualTo('\t');
		assertThat(file.rows().get(0).cells()).containsExactly("Ana Núñez", "ana@example.org");
	}

	@Test
	void semicolonsAsSpreadsheetsInSpanishSaveThemSeparateTheCells() {
		SignerFile file = read("Organización;País;Correo\n\"Agua; Vida, A.C.\";México;luz@av.example\n");

		assertThat(file.delimiter()).isEqualTo(';');
		assertThat(file.rows().get(0).cells()).containsExactly("Agua; Vida, A.C.", "México", "luz@av.example");
	}

	@Test
	void blankRowsAreLeftOutButCountInTheRowNumbers() {
		SignerFile file = read("Name,Email\n\nAna,ana@example.org\n,\nLuz,luz@example.org\n");

		assertThat(file.rows()).extracting(SignerFile.Row::number).containsExactly(3, 5);
	}

	@Test
	void aCellNeutralisedByAnExportIsReadAsItWas() {
		SignerFile file = read("Name,Phone\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+52 55 1234 5678\n");

		assertThat(file.rows().get(0).cells()).containsExactly("=HYPERLINK(\"http://x\",\"y\")", "+52 55 1234 5678");
	}

	@Test
	void aRowWithMoreOrFewerCellsThanColumnsIsRefusedNamingIt() {
		assertRefused("Name,Email\nAna,ana@example.org\nLuz,luz@example.org,extra\n", "letterImport.file.ragged", 3, 3,
				2);
		assertRefused("Name,Email\nAna\n", "letterImport.file.ragged", 2, 1, 2);
	}

	@Test
	void anExcelFileIsRecognisedAndRefused() {
		byte[] xlsx = concat(new byte[] { 'P', 'K', 3, 4 }, new byte[200]);
		byte[] xls = concat(
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 },
				new byte[200]);

		assertRefused(xlsx, "letterImport.file.spreadsheet");
		assertRefused(xls, "letterImport.file.spreadsheet");
	}

	@Test
	void textThatIsNotUtf8IsRefusedNamingTheLine() {
		byte[] windows1252 = "Name,City\nAna,Tucson\nJosé,Nogales\n".getBytes(Charset.forName("windows-1252"));

		assertRefused(windows1252, "letterImport.file.notUtf8", 3);
	}

	@Test
	void utf16WithoutAByteOrderMarkIsRefused() {
		assertRefused("Name,Email\nAna,ana@example.org\n".getBytes(StandardCharsets.UTF_16LE),
				"letterImport.file.notText");
	}

	@Test
	void randomBytesAreRefused() {
		byte[] junk = new byte[64 * 1024];
		new Random(7).nextBytes(junk);
		junk[0] = 'x';

		assertThat(refused(junk).key("file")).isIn("letterImport.file.notUtf8", "letterImport.file.notText");
	}

	@Test
	void aFileOverTheLimitIsRefusedWithoutReadingIt() {
		byte[] large = new byte[SignerFile.MAX_BYTES + 1];
		new Random(7).nextBytes(large);

		assertRefused(large, "letterImport.file.tooLarge", 2, SignerFile.MAX_ROWS);
	}

	@Test
	void anEmptyFileAndOneOfOnlyColumnNamesAreRefused() {
		assertRefused(new byte[0], "letterImport.file.empty");
		assertRefused(" \r\n \n", "letterImport.file.empty");
		assertRefused("Name,Email\r\n", "letterImport.file.noRows");
		assertRefused("Name,Email\n,\n\n", "letterImport.file.noRows");
		assertRefused(",\nAna,ana@example.org\n", "letterImport.file.noHeader");
	}

	@Test
	void twoColumnsWithTheSameNameAreRefused() {
		assertRefused("Name,Email,name \nAna,a@example.org,Ana\n", "letterImport.file.duplicateHeader", "name", 1, 3);
	}

	@Test
	void columnsWithoutNamesAreKept() {
		SignerFile file = read("Name,,Email,\nAna,x,ana@example.org,\n");

		assertThat(file.headers()).containsExactly("Name", "", "Email", "");
	}

	@Test
	void aQuotedCellThatIsNotClosedIsRefusedNamingTheLine() {
		assertThat(refused("Name,Email\nAna,ana@example.org\n\"Luz,luz@example.org\n").key("file"))
			.isEqualTo("letterImport.file.malformed");
		assertRefused("Name,Email\n\"Ana\"x,ana@example.org\n", "letterImport.file.malformed", 2L);
	}

	@Test
	void tooManyRowsOrColumnsAreRefused() {
		StringBuilder many = new StringBuilder("Name,Email\n");
		for (int i = 0; i <= SignerFile.MAX_ROWS; i++) {
			many.append("P").append(i).append(",p").append(i).append("@example.org\n");
		}
		assertRefused(many.toString(), "letterImport.file.tooManyRows", SignerFile.MAX_ROWS);
		String wide = "c,".repeat(SignerFile.MAX_COLUMNS) + "c\n" + "x,".repeat(SignerFile.MAX_COLUMNS) + "x\n";
		assertRefused(wide, "letterImport.file.tooManyColumns", SignerFile.MAX_COLUMNS);
	}

	@Test
	void controlCharactersMakeItNotText() {
		assertRefused("Name,Email\nAna\u0007,ana@example.org\n", "letterImport.file.notText");
	}

	@Test
	void storedTextIsReadAgainAsItWasFirst() {
		SignerFile first = read("Organización;Correo\nAgua Vida;luz@av.example\n");

		SignerFile again = SignerFile.parse(first.text(), first.delimiter());

		assertThat(again).isEqualTo(first);
	}

	private static SignerFile read(String text) {
		return SignerFile.read(text.getBytes(StandardCharsets.UTF_8));
	}

	private static FieldProblems refused(String text) {
		return refused(text.getBytes(StandardCharsets.UTF_8));
	}

	private static FieldProblems refused(byte[] bytes) {
		FieldProblems.InvalidInput refused = catchThrowableOfType(FieldProblems.InvalidInput.class,
				() -> SignerFile.read(bytes));
		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.problems().all()).containsOnlyKeys("file");
		return refused.problems();
	}

	private static void assertRefused(String text, String key, Object... args) {
		assertRefused(text.getBytes(StandardCharsets.UTF_8), key, args);
	}

	private static void assertRefused(byte[] bytes, String key, Object... args) {
		FieldProblems.Problem problem = refused(bytes).get("file");
		assertThat(problem.messageKey()).isEqualTo(key);
		assertThat(problem.args()).containsExactly(args);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(first);
		bytes.writeBytes(second);
		return bytes.toByteArray();
	}

}
