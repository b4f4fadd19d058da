package org.adelante.letters;

import java.util.Locale;
import java.util.UUID;

import org.adelante.organizations.OrganizationDetails;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.Scope;

import org.springframework.context.ApplicationContext;

/**
 * Letters and signatures for tests of any package: open letters, signature requests with
 * the tokens their email carries, and confirmed signatures.
 */
public final class LetterFixtures {

	private final Letters letters;

	private final Signatures signatures;

	private final Organizations organizations;

	public LetterFixtures(ApplicationContext context) {
		this.letters = context.getBean(Letters.class);
		this.signatures = context.getBean(Signatures.class);
		this.organizations = context.getBean(Organizations.class);
	}

	/** A new draft. */
	public Letter draft(LetterDraft draft) {
		return this.letters.create(draft.content());
	}

	/** A new letter, open for signatures. */
	public Letter open(LetterDraft draft) {
		return this.letters.openNow(draft(draft).id());
	}

	/** A new letter, opened and closed. */
	public Letter closed(LetterDraft draft) {
		return this.letters.closeNow(open(draft).id());
	}

	/** Asks to sign as the email would be sent; fails if no email would be. */
	public Links request(Letter letter, SignatureDetails details) {
		Signatures.Links links = this.signatures.issue(letter.id(), details, null, Locale.ENGLISH).orElseThrow();
		return new Links(links.confirm(), links.withdraw());
	}

	/** Asks to sign and confirms, as a signer following their link does. */
	public Links sign(Letter letter, SignatureDetails details) {
		Links links = request(letter, details);
		LinkOutcome outcome = this.signatures.confirm(links.confirm());
		if (outcome.state() != LinkState.DONE) {
			throw new IllegalStateException("Not confirmed: " + outcome);
		}
		return links;
	}

	/** An organisation in the registry. */
	public long registered(String name, String country) {
		return this.organizations.create(new OrganizationDetails(name, null, null, "Tucson", null, country)).id();
	}

	public Letter reload(Letter letter) {
		return this.letters.get(letter.id());
	}

	/** An organisation's signature by someone at its own domain. */
	public static SignatureDetails organization(String name, String email) {
		return new SignatureDetails(SignerKind.ORGANIZATION, name, null, "Tucson", "Arizona", "US", "LOCAL",
				"Rosa Martínez", "Director", email, null, null, true,
				"I am authorised to sign this letter on behalf of the organisation named above.");
	}

	/** An organisation's signature with its website, scope and country. */
	public static SignatureDetails organization(String name, String website, Scope scope, String country,
			String email) {
		return new SignatureDetails(SignerKind.ORGANIZATION, name, website, "Somewhere", null, country,
				(scope != null) ? scope.name() : null, "Signer of " + name, null, email, null, null, true,
				"I am authorised to sign this letter on behalf of the organisation named above.");
	}

	/** A person's signature. */
	public static SignatureDetails individual(String name, String email) {
		return new SignatureDetails(SignerKind.INDIVIDUAL, null, null, "Tucson", null, "US", null, name, null, email,
				null, null, false, null);
	}

	/**
	 * An address no other test uses, at a domain of its own: the registry takes an
	 * organisation's email domain for the organisation, so signers from one domain would
	 * all sign for one organisation.
	 */
	public static String email() {
		return "signer-" + unique() + "@signers-" + unique() + ".example";
	}

	/** A short unique text, for names and emails no other test uses. */
	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * The tokens a signature request's email carries.
	 *
	 * @param confirm the confirmation link's
	 * @param withdraw the withdrawal link's
	 */
	public record Links(String confirm, String withdraw) {
	}

}
