package org.adelante.letters.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.adelante.letters.ExportedSignature;
import org.adelante.letters.SignatureSource;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.SignerKind;
import org.adelante.letters.TextVersion;
import org.adelante.organizations.Scope;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureCsvTests {

	@Test
	void theFileStartsWithAByteOrderMarkAndTheColumnNames() throws IOException {
		String csv = write(Stream.of(organization(1, "Red Fronteriza")));

		assertThat(csv).startsWith("\uFEFFsignature_id,kind,name,city,region,country,scope,status,convener,source,"
				+ "text_version,signer_name,signer_title,signer_email,signer_phone,signer_language,signer_comment,"
				+ "email_domain_matches,attested_at,confirmed_at,listed_at,withdrawn_at,contacts\r\n");
		List<CSVRecord> records = parse(csv);
		assertThat(records).hasSize(1);
		assertThat(records.get(0).values()).containsExactly("1", "organization", "Red Fronteriza", "Tucson", "Arizona",
				"US", "local", "withdrawn", "false", "imported", "3", "Ana Ruiz", "Directora", "ana@rf.example",
				"'+1 520 555 0100", "es", "Line one\nline two", "true", "2025-03-01T17:05:09Z", "2025-03-01T17:05:10Z",
				"2025-03-02T00:00:00Z", "2025-04-01T09:30:00Z", "2");
	}

	@Test
	void aCellThatCouldBeAFormulaIsNeutralised() throws IOException {
		String csv = write(Stream.of(organization(7, "=HYPERLINK(\"http://x\",\"y\")")));

		assertThat(parse(csv).get(0).get("name")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
	}

	@Test
	void aPersonsSignatureWithoutAContactLeavesItsCellsEmpty() throws IOException {
		ExportedSignature person = new ExportedSignature(3, SignerKind.INDIVIDUAL, "Rosa Díaz", null, null, null, null,
				SignatureStatus.LISTED, false, SignatureSource.ONLINE, null, null, null, null, null, null, null, null,
				Instant.parse("2025-03-01T17:05:09.123456Z"), null, null, 0, null);

		CSVRecord record = parse(write(Stream.of(person))).get(0);

		assertThat(record.get("name")).isEqualTo("Rosa Díaz");
		assertThat(record.get("signer_email")).isEmpty();
		assertThat(record.get("email_domain_matches")).isEmpty();
		assertThat(record.get("confirmed_at")).isEqualTo("2025-03-01T17:05:09Z");
		assertThat(record.get("listed_at")).isEmpty();
	}

	@Test
	void rowsAreWrittenAsTheyAreReadNotAllAtTheEnd() {
		AtomicLong written = new AtomicLong();
		OutputStream counting = new OutputStream() {
			@Override
			public void write(int b) {
				written.incrementAndGet();
			}

			@Override
			public void write(byte[] bytes, int offset, int length) {
				written.addAndGet(length);
			}
		};
		long rows = 200_000;
		AtomicLong behind = new AtomicLong();
		Stream<ExportedSignature> generated = LongStream.rangeClosed(1, rows).mapToObj((id) -> {
			// Each row is well over 200 bytes, and the writer's buffer is 16 KB: when row
			// n is read,
			// nearly all rows before it must have reached the output.
			long unwritten = (id - 1) * 200 - written.get();
			behind.accumulateAndGet(unwritten, Math::max);
			return organization(id, "Organisation number " + id);
		});

		SignatureCsv.write(generated, counting);

		assertThat(behind.get()).as("bytes of earlier rows not yet written when a row was read").isLessThan(64 * 1024);
		assertThat(written.get()).isGreaterThan(rows * 200);
	}

	private static ExportedSignature organization(long id, String name) {
		return new ExportedSignature(id, SignerKind.ORGANIZATION, name, "Tucson", "Arizona", "US", Scope.LOCAL,
				SignatureStatus.WITHDRAWN, false, SignatureSource.IMPORTED, "Ana Ruiz", "Directora", "ana@rf.example",
				"+1 520 555 0100", "es", "Line one\nline two", true, Instant.parse("2025-03-01T17:05:09Z"),
				Instant.parse("2025-03-01T17:05:10Z"), Instant.parse("2025-03-02T00:00:00Z"),
				Instant.parse("2025-04-01T09:30:00.5Z"), 2, new TextVersion(3, "a".repeat(64)));
	}

	private static String write(Stream<ExportedSignature> rows) {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		SignatureCsv.write(rows, output);
		return output.toString(StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords()
			.stream()
			.toList();
	}

}
