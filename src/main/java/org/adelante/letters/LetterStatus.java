package org.adelante.letters;

import java.util.Locale;

/**
 * Where a letter is in its life: written as a draft, open for signatures, closed.
 */
public enum LetterStatus {

	/** Being written; not public. */
	DRAFT,

	/** Public and taking signatures. */
	OPEN,

	/** Public, no longer taking signatures. */
	CLOSED;

	/** The message key of its name. */
	public String labelKey() {
		return "letters.status." + name().toLowerCase(Locale.ROOT);
	}

}
