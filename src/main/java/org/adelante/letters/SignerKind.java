package org.adelante.letters;

import java.util.Locale;

/**
 * Whether a signature is an organisation's or a person's.
 */
public enum SignerKind {

	ORGANIZATION, INDIVIDUAL;

	/** The value a signing form sends: {@code organization} or {@code individual}. */
	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind a form's value names, or {@code null} for anything else. */
	public static SignerKind fromParam(String value) {
		for (SignerKind kind : values()) {
			if (kind.param().equals(value)) {
				return kind;
			}
		}
		return null;
	}

}
