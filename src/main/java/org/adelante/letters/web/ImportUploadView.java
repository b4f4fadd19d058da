package org.adelante.letters.web;

import org.adelante.letters.Letter;
import org.adelante.letters.SignatureImports;
import org.adelante.shared.FieldProblems;

/**
 * The organisers' page for uploading a file of signers to import into a letter.
 *
 * @param letter the letter
 * @param problems what was wrong with the file sent last
 */
public record ImportUploadView(Letter letter, FieldProblems problems) {

	public int maxMegabytes() {
		return SignatureImports.MAX_BYTES / (1024 * 1024);
	}

	public int maxRows() {
		return SignatureImports.MAX_ROWS;
	}

	public String action() {
		return "/admin/letters/" + this.letter.id() + "/signatures/import";
	}

	public String listUrl() {
		return "/admin/letters/" + this.letter.id() + "/signatures";
	}

}
