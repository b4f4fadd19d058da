package org.adelante.letters;

/**
 * An import of signers was refused, and nothing of it was stored: rows have problems and
 * staff did not choose to leave them out, there is nothing to import, or the letter's
 * signatures changed since the preview so that it would no longer import what staff saw.
 */
public class SignatureImportRefused extends RuntimeException {

	private final String messageKey;

	public SignatureImportRefused(String messageKey) {
		super("Import refused: " + messageKey);
		this.messageKey = messageKey;
	}

	/** Why, as a message key. */
	public String messageKey() {
		return this.messageKey;
	}

}
