package org.adelante.letters.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.adelante.letters.ExportedSignature;
import org.adelante.letters.SignerKind;
import org.adelante.shared.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A letter's signatures as a CSV file for staff: UTF-8 with a byte order mark (so that
 * spreadsheet programs read accents right), comma-separated as RFC 4180 has it, one row
 * per signature in the columns of {@link #COLUMNS} (the README describes each), times in
 * ISO 8601 UTC, and every cell kept from being read as a formula. Rows are written as
 * they are read, so a file of any length holds a few rows in memory.
 */
final class SignatureCsv {

	/** The columns, in order, as named in the file's header. */
	static final List<String> COLUMNS = List.of("signature_id", "kind", "name", "city", "region", "country", "scope",
			"status", "convener", "source", "text_version", "signer_name", "signer_title", "signer_email",
			"signer_phone", "signer_language", "signer_comment", "email_domain_matches", "attested_at", "confirmed_at",
			"listed_at", "withdrawn_at", "contacts");

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final int BUFFER = 16 * 1024;

	private SignatureCsv() {
	}

	/**
	 * Writes the header and a row for each signature, as the stream gives them, to the
	 * output, and flushes it.
	 */
	static void write(Stream<ExportedSignature> signatures, OutputStream output) {
		try {
			Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), BUFFER);
			writer.write(BYTE_ORDER_MARK);
			CSVPrinter printer = CSVFormat.RFC4180.builder()
				.setHeader(COLUMNS.toArray(String[]::new))
				.get()
				.print(writer);
			Iterator<ExportedSignature> rows = signatures.iterator();
			while (rows.hasNext()) {
				printer.printRecord(row(rows.next()).stream().map(SpreadsheetCells::neutralise));
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One signature's cells, in the order of {@link #COLUMNS}, before neutralising. */
	static List<String> row(ExportedSignature signature) {
		boolean organization = signature.kind() == SignerKind.ORGANIZATION;
		return List.of(String.valueOf(signature.id()), signature.kind().param(), text(signature.name()),
				text(signature.city()), text(signature.region()), text(signature.country()),
				(signature.scope() != null) ? signature.scope().name().toLowerCase(Locale.ROOT) : "",
				signature.status().param(), String.valueOf(signature.convener()), signature.source().value(),
				signature.textVersion(), text(signature.contactName()), text(signature.contactTitle()),
				text(signature.contactEmail()), text(signature.contactPhone()), text(signature.contactLanguage()),
				text(signature.contactComment()),
				(organization && signature.domainMatches() != null) ? String.valueOf(signature.domainMatches()) : "",
				time(signature.attestedAt()), time(signature.confirmedAt()), time(signature.listedAt()),
				time(signature.withdrawnAt()), String.valueOf(signature.contacts()));
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	/** An instant in ISO 8601 UTC to the second, such as {@code 2025-03-01T17:05:09Z}. */
	static String time(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.SECONDS).toString() : "";
	}

}
