package org.adelante.letters;

import java.util.Locale;

import org.adelante.shared.Text;

/**
 * What staff narrow a letter's signatures to, besides their status.
 *
 * @param query words in the name listed, or in a contact's name or email, cut to
 * {@link #QUERY_MAX} characters; blank for any
 * @param kind organisations' or people's signatures only, or {@code null} for both
 * @param domainDiffers only organisations' signatures with a contact whose email is not
 * at one of the organisation's domains
 */
public record SignatureFilter(String query, SignerKind kind, boolean domainDiffers) {

	/** The longest search staff may type. */
	public static final int QUERY_MAX = 200;

	/** Every signature. */
	public static final SignatureFilter NONE = new SignatureFilter(null, null, false);

	public SignatureFilter {
		// Control characters (which PostgreSQL refuses in text) become spaces.
		query = Text.line(query);
		query = (query != null) ? Text.truncate(query.toLowerCase(Locale.ROOT), QUERY_MAX) : null;
	}

	/** Whether it narrows anything. */
	public boolean narrows() {
		return this.query != null || this.kind != null || this.domainDiffers;
	}

	/** The search as a {@code like} pattern, its wildcards escaped with a backslash. */
	String likePattern() {
		return "%" + this.query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
