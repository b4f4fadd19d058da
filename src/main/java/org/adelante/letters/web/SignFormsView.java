package org.adelante.letters.web;

import java.util.Map;

import org.adelante.letters.Letter;
import org.adelante.letters.SignerKind;
import org.adelante.letters.Signers;
import org.adelante.shared.FieldProblems;

/**
 * The signing forms of a letter: one for organisations, one for people, or both on one
 * page, each with what was typed into it and what is wrong with it.
 *
 * @param slug the letter's address
 * @param signers who may sign
 * @param organization the organisation form's values
 * @param organizationProblems what is wrong with them
 * @param individual the person form's values
 * @param individualProblems what is wrong with them
 * @param shownText the hash of the letter's text the forms are shown with, or
 * {@code null}
 * @param action where the forms are sent: the letter's signing address, or its embeddable
 * copy's
 */
public record SignFormsView(String slug, Signers signers, SignForm organization, FieldProblems organizationProblems,
		SignForm individual, FieldProblems individualProblems, String shownText, String action) {

	/** Where the error summary links for the fields of the person form. */
	private static final Map<String, String> INDIVIDUAL_ANCHORS = Map.of("name", "individual-name", "city",
			"individual-city", "country", "individual-country", "email", "individual-email", "signer",
			"individual-name");

	private static final Map<String, String> ORGANIZATION_ANCHORS = Map.of("signer", "organizationName");

	/** Empty forms for the letter, as its text is now. */
	static SignFormsView blank(Letter letter) {
		return new SignFormsView(letter.slug(), letter.content().signers(), SignForm.blank(SignerKind.ORGANIZATION),
				new FieldProblems(), SignForm.blank(SignerKind.INDIVIDUAL), new FieldProblems(), letter.text().hash(),
				signingAddress(letter.slug()));
	}

	/**
	 * The forms showing what was sent in one of them, with its problems, still naming the
	 * text the signer was first shown.
	 */
	static SignFormsView submitted(Letter letter, SignForm form, FieldProblems problems) {
		String shown = (form.shownText() != null) ? form.shownText() : letter.text().hash();
		Signers signers = letter.content().signers();
		if (form.kind() == SignerKind.INDIVIDUAL) {
			return new SignFormsView(letter.slug(), signers, SignForm.blank(SignerKind.ORGANIZATION),
					new FieldProblems(), form, problems, shown, signingAddress(letter.slug()));
		}
		return new SignFormsView(letter.slug(), signers, form, problems, SignForm.blank(SignerKind.INDIVIDUAL),
				new FieldProblems(), shown, signingAddress(letter.slug()));
	}

	/**
	 * The same forms on the letter's embeddable page, sent to its copy of the signing
	 * address with the page language, which a frame on another site keeps no cookie for.
	 */
	SignFormsView embedded(String language) {
		return new SignFormsView(this.slug, this.signers, this.organization, this.organizationProblems, this.individual,
				this.individualProblems, this.shownText, LetterEmbedController.address(this.slug, "/sign", language));
	}

	private static String signingAddress(String slug) {
		return "/letters/" + slug + "/sign";
	}

	public boolean forOrganizations() {
		return this.signers.allows(SignerKind.ORGANIZATION);
	}

	public boolean forIndividuals() {
		return this.signers.allows(SignerKind.INDIVIDUAL);
	}

	/** Whether the page offers both forms. */
	public boolean both() {
		return forOrganizations() && forIndividuals();
	}

	/** The problems of whichever form was sent, for the summary at the top. */
	public FieldProblems problems() {
		return this.individualProblems.isEmpty() ? this.organizationProblems : this.individualProblems;
	}

	/** Where the summary's links go. */
	public Map<String, String> anchors() {
		return this.individualProblems.isEmpty() ? ORGANIZATION_ANCHORS : INDIVIDUAL_ANCHORS;
	}

}
