package org.adelante.letters.web;

import java.util.List;

import org.adelante.letters.ImportPreview;
import org.adelante.letters.ImportRow;
import org.adelante.letters.Letter;

/**
 * The organisers' preview of an import of signers: how many rows would be imported, each
 * row with problems and why, the first good rows, and the button that imports them.
 *
 * @param letter the letter
 * @param preview what the import would do
 * @param refusal why the last press of the button imported nothing, as a message key, or
 * {@code null}
 * @param skip whether rows with problems are to be left out
 * @param email whether each signer is to be emailed
 */
public record ImportPreviewView(Letter letter, ImportPreview preview, String refusal, boolean skip, boolean email) {

	/** How many rows with problems the page lists. */
	static final int PROBLEM_ROWS_SHOWN = 500;

	/** How many good rows the page lists. */
	static final int GOOD_ROWS_SHOWN = 20;

	public List<ImportRow> problemRows() {
		return this.preview.problemRows(PROBLEM_ROWS_SHOWN);
	}

	public List<ImportRow> goodRows() {
		return this.preview.goodRows(GOOD_ROWS_SHOWN);
	}

	/** Whether some rows with problems are not listed. */
	public boolean moreProblemRows() {
		return this.preview.withProblems() > PROBLEM_ROWS_SHOWN;
	}

	public boolean moreGoodRows() {
		return this.preview.good() > GOOD_ROWS_SHOWN;
	}

	/** Whether the import can be asked for: some good rows, and the letter open. */
	public boolean importable() {
		return this.preview.good() > 0 && this.preview.letterOpen();
	}

	public String action() {
		return mappingUrl() + "/preview";
	}

	public String mappingUrl() {
		return ImportMappingView.base(this.letter.id(), this.preview.upload().token());
	}

	public String listUrl() {
		return "/admin/letters/" + this.letter.id() + "/signatures";
	}

}
