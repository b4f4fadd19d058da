package org.adelante.letters;

import java.util.Locale;

/**
 * Who may sign a letter.
 */
public enum Signers {

	/** Organisations, through someone authorised to sign for them. */
	ORGANIZATIONS,

	/** People in their own name. */
	INDIVIDUALS,

	/** Both, listed apart. */
	BOTH;

	public boolean allows(SignerKind kind) {
		return switch (this) {
			case ORGANIZATIONS -> kind == SignerKind.ORGANIZATION;
			case INDIVIDUALS -> kind == SignerKind.INDIVIDUAL;
			case BOTH -> true;
		};
	}

	/** The message key of its name. */
	public String labelKey() {
		return "letters.signers." + name().toLowerCase(Locale.ROOT);
	}

}
