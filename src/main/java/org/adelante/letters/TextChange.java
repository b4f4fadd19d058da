package org.adelante.letters;

/**
 * What an organiser says an edit of a letter's text is, once somebody has signed it.
 */
public enum TextChange {

	/** The text was written: its first version. */
	FIRST,

	/**
	 * The letter now says something its earlier signers did not sign: a new version,
	 * whose earlier signers may be told.
	 */
	MATERIAL,

	/**
	 * A typo or a broken link fixed: the same version, recorded as a correction.
	 */
	CORRECTION

}
