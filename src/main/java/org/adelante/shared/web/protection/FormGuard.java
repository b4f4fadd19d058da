package org.adelante.shared.web.protection;

/**
 * What the {@code shared/form-guard} template renders into a guarded form: the signed
 * token of when the form was shown, and the honeypot field that people leave empty.
 *
 * @param token the signed "shown at" token
 */
public record FormGuard(String token) {

	/** The hidden field carrying the token. */
	public static final String TOKEN_FIELD = "_shown";

	/**
	 * The field people never see, so never fill in; a name that form-filling bots do
	 * fill. A guarded form must not use this name for a field of its own.
	 */
	public static final String HONEYPOT_FIELD = "homepage";

	public String tokenField() {
		return TOKEN_FIELD;
	}

	public String honeypotField() {
		return HONEYPOT_FIELD;
	}

}
