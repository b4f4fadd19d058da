package org.adelante.letters;

import java.util.List;

/**
 * What an import of signers would do, row by row, before anything is stored.
 *
 * @param upload the file
 * @param rows every row, in order
 * @param letterOpen whether the letter takes signatures now (an import needs it to)
 */
public record ImportPreview(SignatureUpload upload, List<ImportRow> rows, boolean letterOpen) {

	public ImportPreview {
		rows = List.copyOf(rows);
	}

	/** How many rows would be imported. */
	public int good() {
		return (int) this.rows.stream().filter((row) -> !row.hasProblems()).count();
	}

	/** How many rows have problems. */
	public int withProblems() {
		return this.rows.size() - good();
	}

	/** The first rows with problems, at most this many. */
	public List<ImportRow> problemRows(int limit) {
		return this.rows.stream().filter(ImportRow::hasProblems).limit(limit).toList();
	}

	/** The first rows that would be imported, at most this many. */
	public List<ImportRow> goodRows(int limit) {
		return this.rows.stream().filter((row) -> !row.hasProblems()).limit(limit).toList();
	}

}
