package org.adelante.letters.web;

import org.adelante.letters.SignatureDetails;
import org.adelante.letters.SignerKind;
import org.adelante.shared.web.FormFields;

/**
 * What a signing form sends, exactly as typed, so nothing is lost when it comes back with
 * messages: the organisation's form sends every field, a person's only the name, city,
 * country and email.
 *
 * @param signer {@code organization} or {@code individual}
 * @param organizationName the organisation's name
 * @param website its website
 * @param city its city, or the person's
 * @param region its state or region
 * @param country its ISO country code, or the person's
 * @param scope its scope
 * @param name the signer's name
 * @param title the signer's title
 * @param email the signer's email
 * @param phone the signer's phone number
 * @param comment a comment for the organisers
 * @param attest present when the signer ticked the attestation
 * @param text the hash of the letter's text shown with the form
 */
public record SignForm(String signer, String organizationName, String website, String city, String region,
		String country, String scope, String name, String title, String email, String phone, String comment,
		String attest, String text) {

	public SignForm {
		signer = FormFields.text(signer);
		organizationName = FormFields.text(organizationName);
		website = FormFields.text(website);
		city = FormFields.text(city);
		region = FormFields.text(region);
		country = FormFields.text(country);
		scope = FormFields.text(scope);
		name = FormFields.text(name);
		title = FormFields.text(title);
		email = FormFields.text(email);
		phone = FormFields.text(phone);
		comment = FormFields.text(comment);
		attest = FormFields.text(attest);
		text = FormFields.text(text);
	}

	/** An empty form for a kind of signer. */
	static SignForm blank(SignerKind kind) {
		return new SignForm(kind.param(), "", "", "", "", "", "", "", "", "", "", "", "", "");
	}

	/** The kind of signer the form is for, or {@code null} if it names none. */
	SignerKind kind() {
		return SignerKind.fromParam(this.signer);
	}

	/** The hash of the letter's text the signer was shown, or {@code null}. */
	String shownText() {
		return this.text.isBlank() ? null : this.text;
	}

	boolean attested() {
		return !this.attest.isBlank();
	}

	/**
	 * What the signer sent, with the attestation they were shown.
	 * @param attestation the attestation's words in the page language
	 */
	SignatureDetails details(String attestation) {
		return new SignatureDetails(kind(), this.organizationName, this.website, this.city, this.region, this.country,
				this.scope, this.name, this.title, this.email, this.phone, this.comment, attested(), attestation);
	}

}
