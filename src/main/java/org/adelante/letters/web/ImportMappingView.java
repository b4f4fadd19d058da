package org.adelante.letters.web;

import java.util.List;

import org.adelante.letters.ImportField;
import org.adelante.letters.Letter;
import org.adelante.letters.SignatureUpload;
import org.adelante.shared.FieldProblems;

/**
 * The organisers' page where they say what each column of an uploaded file of signers
 * holds.
 *
 * @param letter the letter
 * @param upload the file
 * @param chosen the form value of the field chosen for each column, in order
 * @param problems what was wrong with the choice sent last
 */
public record ImportMappingView(Letter letter, SignatureUpload upload, List<String> chosen, FieldProblems problems) {

	public List<ImportField> fields() {
		return ImportField.choices();
	}

	/** The form field of a column, from 0: {@code column-1} for the first. */
	public String field(int column) {
		return "column-" + (column + 1);
	}

	public String chosen(int column) {
		return (column < this.chosen.size()) ? this.chosen.get(column) : ImportField.IGNORE.param();
	}

	public String action() {
		return base(this.letter.id(), this.upload.token());
	}

	public String uploadUrl() {
		return "/admin/letters/" + this.letter.id() + "/signatures/import";
	}

	/** The address of an upload's column choice; its preview is under it. */
	static String base(long letterId, String token) {
		return "/admin/letters/" + letterId + "/signatures/import/" + token;
	}

}
