package org.adelante.letters;

import java.util.Locale;

/**
 * Where a signature came from: signed through the letter's form, recorded by staff from
 * paper or a meeting, or imported from a file of signers collected elsewhere.
 */
public enum SignatureSource {

	ONLINE, STAFF, IMPORTED;

	/**
	 * The value stored and exported: {@code online}, {@code staff} or {@code imported}.
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The source stored as this value; signatures from before sources were kept are
	 * online.
	 */
	static SignatureSource fromValue(String value) {
		for (SignatureSource source : values()) {
			if (source.value().equals(value)) {
				return source;
			}
		}
		return ONLINE;
	}

}
