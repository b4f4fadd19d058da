package org.adelante.letters;

import java.time.Instant;
import java.util.List;

/**
 * A file of signers uploaded for import into a letter, between the steps of the import.
 *
 * @param token what the import's pages are known by
 * @param letterId the letter
 * @param fileName the file's name as uploaded, or {@code null}
 * @param headers its column names
 * @param mapping what each column holds: as staff chose, or else as remembered for these
 * column names or guessed from them
 * @param mapped whether staff chose the mapping
 * @param samples the first rows, to show what each column holds
 * @param rows how many signers' rows it has
 * @param expiresAt when it is forgotten unless imported
 * @param importedCount how many signatures it brought, once imported; else {@code null}
 */
public record SignatureUpload(String token, long letterId, String fileName, List<String> headers,
		List<ImportField> mapping, boolean mapped, List<List<String>> samples, int rows, Instant expiresAt,
		Integer importedCount) {

	public SignatureUpload {
		headers = List.copyOf(headers);
		mapping = List.copyOf(mapping);
		samples = List.copyOf(samples);
	}

	/** Whether it was imported already. */
	public boolean imported() {
		return this.importedCount != null;
	}

	/** The sample rows' values in a column, blanks left out. */
	public List<String> samplesOf(int column) {
		return this.samples.stream().map((row) -> row.get(column)).filter((value) -> !value.isBlank()).toList();
	}

}
