package org.adelante.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A file of signers as staff upload it: CSV text in UTF-8 (with or without a byte order
 * mark, or UTF-16 with one), its cells separated by commas, semicolons (as spreadsheets
 * set to Spanish save them) or tabs, a first row naming the columns and then one signer
 * per row, every row with as many cells as the first. Anything else is refused with a
 * problem on the field {@value #FIELD} that says what is wrong and how to put it right.
 *
 * @param text the text, decoded
 * @param delimiter what separates its cells
 * @param headers the column names, as the first row gives them (stripped)
 * @param rows the signers' rows, blank rows left out
 */
record SignerFile(String text, char delimiter, List<String> headers, List<Row> rows) {

	/** The form field the file comes in, on which its problems are reported. */
	static final String FIELD = "file";

	/** The largest file taken, in bytes. */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	/** The most signers' rows one file may have. */
	static final int MAX_ROWS = 10_000;

	/** The most columns one file may have. */
	static final int MAX_COLUMNS = 60;

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final byte[] UTF16LE_BOM = { (byte) 0xFF, (byte) 0xFE };

	private static final byte[] UTF16BE_BOM = { (byte) 0xFE, (byte) 0xFF };

	/** How a ZIP archive starts: an .xlsx or .ods spreadsheet is one. */
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** How an old .xls spreadsheet (an OLE2 compound file) starts. */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	SignerFile {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/**
	 * Reads an uploaded file.
	 * @throws FieldProblems.InvalidInput (on {@value #FIELD}) if it is not such a file
	 */
	static SignerFile read(byte[] bytes) {
		String text = decode(bytes);
		return parse(text, delimiter(text));
	}

	/**
	 * Reads text already decoded, with the cells separated by the delimiter.
	 * @throws FieldProblems.InvalidInput (on {@value #FIELD}) if it is not such a file
	 */
	static SignerFile parse(String text, char delimiter) {
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
		CSVParser parser = null;
		try {
			parser = CSVParser.parse(text, format);
			Iterator<CSVRecord> records = parser.iterator();
			List<String> headers = headers(records.hasNext() ? records.next() : null);
			List<Row> rows = new ArrayList<>();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				int number = (int) record.getRecordNumber();
				if (isBlank(record)) {
					continue;
				}
				if (record.size() != headers.size()) {
					throw refused("letterImport.file.ragged", number, record.size(), headers.size());
				}
				if (rows.size() == MAX_ROWS) {
					throw refused("letterImport.file.tooManyRows", MAX_ROWS);
				}
				List<String> cells = new ArrayList<>(record.size());
				record.forEach((cell) -> cells.add(SpreadsheetCells.restore(cell)));
				rows.add(new Row(number, cells));
			}
			if (rows.isEmpty()) {
				throw refused("letterImport.file.noRows");
			}
			return new SignerFile(text, delimiter, headers, rows);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			long line = (parser != null) ? Math.max(1, parser.getCurrentLineNumber()) : 1;
			throw refused("letterImport.file.malformed", line);
		}
		finally {
			close(parser);
		}
	}

	private static List<String> headers(CSVRecord first) {
		if (first == null || isBlank(first)) {
			throw refused("letterImport.file.noHeader");
		}
		if (first.size() > MAX_COLUMNS) {
			throw refused("letterImport.file.tooManyColumns", MAX_COLUMNS);
		}
		List<String> headers = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (String cell : first) {
			String header = SpreadsheetCells.restore(cell).strip();
			String key = ImportMapping.normalise(header);
			Integer earlier = key.isEmpty() ? null : seen.putIfAbsent(key, headers.size() + 1);
			if (earlier != null) {
				throw refused("letterImport.file.duplicateHeader", header, earlier, headers.size() + 1);
			}
			headers.add(header);
		}
		return headers;
	}

	/**
	 * The text of the file: refused when empty, too large, a spreadsheet's own format,
	 * not text, or not UTF-8 (or UTF-16 with a byte order mark).
	 */
	static String decode(byte[] bytes) {
		if (bytes.length == 0) {
			throw refused("letterImport.file.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw refused("letterImport.file.tooLarge", MAX_BYTES / (1024 * 1024), MAX_ROWS);
		}
		if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) {
			throw refused("letterImport.file.spreadsheet");
		}
		CharsetDecoder decoder;
		int skip = 0;
		if (startsWith(bytes, UTF8_BOM)) {
			decoder = StandardCharsets.UTF_8.newDecoder();
			skip = UTF8_BOM.length;
		}
		else if (startsWith(bytes, UTF16LE_BOM)) {
			decoder = StandardCharsets.UTF_16LE.newDecoder();
			skip = UTF16LE_BOM.length;
		}
		else if (startsWith(bytes, UTF16BE_BOM)) {
			decoder = StandardCharsets.UTF_16BE.newDecoder();
			skip = UTF16BE_BOM.length;
		}
		else if (indexOf(bytes, (byte) 0) >= 0) {
			// UTF-16 without a byte order mark, or not text at all.
			throw refused("letterImport.file.notText");
		}
		else {
			decoder = StandardCharsets.UTF_8.newDecoder();
		}
		decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
		CharBuffer output = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(input, output, true);
		if (!result.isError()) {
			result = decoder.flush(output);
		}
		if (result.isError()) {
			if (skip == UTF8_BOM.length || skip == 0) {
				throw refused("letterImport.file.notUtf8", lineAt(bytes, input.position()));
			}
			throw refused("letterImport.file.notText");
		}
		String text = output.flip().toString();
		if (text.isBlank()) {
			throw refused("letterImport.file.empty");
		}
		if (hasControlCharacters(text)) {
			throw refused("letterImport.file.notText");
		}
		return text;
	}

	/**
	 * What separates the cells: whichever of comma, semicolon and tab the first row has
	 * most of outside quotes, a comma when it has none.
	 */
	static char delimiter(String text) {
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			}
			else if (!quoted) {
				commas += (c == ',') ? 1 : 0;
				semicolons += (c == ';') ? 1 : 0;
				tabs += (c == '\t') ? 1 : 0;
			}
		}
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return (tabs > commas && tabs > semicolons) ? '\t' : ',';
	}

	private static boolean isBlank(CSVRecord record) {
		for (String cell : record) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasControlCharacters(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
				return true;
			}
		}
		return false;
	}

	private static int lineAt(byte[] bytes, int position) {
		int line = 1;
		for (int i = 0; i < position && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] bytes, byte wanted) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	private static void close(CSVParser parser) {
		if (parser != null) {
			try {
				parser.close();
			}
			catch (IOException ex) {
				// A parser of a string has nothing to release.
			}
		}
	}

	private static FieldProblems.InvalidInput refused(String key, Object... args) {
		return new FieldProblems.InvalidInput(new FieldProblems().add(FIELD, key, args));
	}

	/**
	 * One signer's row.
	 *
	 * @param number its row number in the file, the column names' row being 1, as a
	 * spreadsheet numbers it
	 * @param cells its cells, one per column
	 */
	record Row(int number, List<String> cells) {

		Row {
			cells = List.copyOf(cells);
		}

		/** The cell of the column, or {@code null} if it is blank. */
		String cell(int column) {
			String cell = this.cells.get(column);
			return cell.isBlank() ? null : cell;
		}

	}

}
