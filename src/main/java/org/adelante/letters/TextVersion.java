package org.adelante.letters;

/**
 * Which text of a letter someone read: its version, which moves with every material
 * change, and the hash of the exact text, which moves with minor corrections too.
 *
 * @param number the version, from 1
 * @param hash the SHA-256 of the text's canonical form ({@link LetterContent#textHash})
 */
public record TextVersion(int number, String hash) {

	/** The short form of the hash that staff and readers compare at a glance. */
	public String shortHash() {
		return (this.hash != null) ? this.hash.substring(0, Math.min(12, this.hash.length())) : "";
	}

}
