package org.adelante.letters;

import java.util.Locale;
import java.util.regex.Pattern;

import org.adelante.organizations.Scope;
import org.adelante.shared.Emails;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;
import org.adelante.shared.web.Countries;

/**
 * What a signer sends: for an organisation its name, website, place and scope, and the
 * signer's name, title and email with their attestation that they may sign for it (and
 * optionally a phone number and a comment); for a person their name, city, country and
 * email. Text is cleaned as typed; {@link #problems()} says what is not acceptable.
 *
 * @param kind an organisation's or a person's signature
 * @param organizationName the organisation's name
 * @param website its website
 * @param city its city, or the person's
 * @param region its state or region
 * @param country its ISO country code, or the person's
 * @param scope how far its work reaches, as a {@link Scope} name
 * @param name the signer's name
 * @param title the signer's title in the organisation
 * @param email the signer's email address
 * @param phone the signer's phone number
 * @param comment a comment for the organisers
 * @param attested whether the signer attested they may sign for the organisation
 * @param attestation the exact words of that attestation, as shown to the signer
 */
public record SignatureDetails(SignerKind kind, String organizationName, String website, String city, String region,
		String country, String scope, String name, String title, String email, String phone, String comment,
		boolean attested, String attestation) {

	public static final int ORGANIZATION_NAME_MAX = 200;

	public static final int WEBSITE_MAX = 300;

	public static final int PLACE_MAX = 100;

	public static final int NAME_MAX = 200;

	public static final int TITLE_MAX = 200;

	public static final int PHONE_MAX = 40;

	public static final int COMMENT_MAX = 1000;

	public static final int ATTESTATION_MAX = 500;

	/** Digits, spaces and the marks phone numbers are written with. */
	private static final Pattern PHONE = Pattern.compile("[0-9 +().\\-/]+");

	public SignatureDetails {
		organizationName = Text.line(organizationName);
		website = Text.line(website);
		city = Text.line(city);
		region = Text.line(region);
		country = Text.line(country);
		country = (country != null) ? country.toUpperCase(Locale.ROOT) : null;
		scope = Text.line(scope);
		name = Text.line(name);
		title = Text.line(title);
		email = Emails.normalise(email);
		phone = Text.line(phone);
		comment = Text.lines(comment);
		attestation = Text.line(attestation);
	}

	/** What is wrong with the details; empty when they may be sent for confirmation. */
	public FieldProblems problems() {
		FieldProblems problems = new FieldProblems();
		if (this.kind == SignerKind.ORGANIZATION) {
			problems.required("organizationName", this.organizationName)
				.maxLength("organizationName", this.organizationName, ORGANIZATION_NAME_MAX)
				.maxLength("website", this.website, WEBSITE_MAX)
				.webAddress("website", this.website)
				.maxLength("region", this.region, PLACE_MAX);
			if (this.scope != null && Scope.parse(this.scope) == null) {
				problems.add("scope", "validation.choose");
			}
			problems.required("name", this.name)
				.maxLength("name", this.name, NAME_MAX)
				.maxLength("title", this.title, TITLE_MAX);
		}
		else {
			problems.required("name", this.name).maxLength("name", this.name, NAME_MAX);
		}
		problems.maxLength("city", this.city, PLACE_MAX);
		if (this.country != null && !Countries.isKnown(this.country)) {
			problems.add("country", "validation.choose");
		}
		problems.required("email", this.email).email("email", this.email);
		if (this.kind == SignerKind.ORGANIZATION) {
			problems.maxLength("phone", this.phone, PHONE_MAX);
			if (this.phone != null && !PHONE.matcher(this.phone).matches()) {
				problems.add("phone", "validation.phone");
			}
			problems.maxLength("comment", this.comment, COMMENT_MAX);
			if (!this.attested) {
				problems.add("attest", "letters.sign.attest.required");
			}
		}
		return problems;
	}

	/** The scope chosen, or {@code null}. */
	public Scope scopeValue() {
		return Scope.parse(this.scope);
	}

	/** Only what the signer's kind asks for: a person's details have no organisation. */
	public SignatureDetails forKind() {
		if (this.kind == SignerKind.ORGANIZATION) {
			return this;
		}
		return new SignatureDetails(this.kind, null, null, this.city, null, this.country, null, this.name, null,
				this.email, null, null, false, null);
	}

}
