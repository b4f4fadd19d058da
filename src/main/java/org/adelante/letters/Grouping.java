package org.adelante.letters;

import java.util.Locale;

/**
 * How a letter's signatory list is grouped.
 */
public enum Grouping {

	/** By how far the organisations' work reaches, widest first. */
	BY_SCOPE,

	/** By country, in the alphabetical order of the page language. */
	BY_COUNTRY,

	/** One alphabetical list. */
	NONE;

	/** The message key of its name. */
	public String labelKey() {
		return "letters.grouping." + name().toLowerCase(Locale.ROOT);
	}

}
