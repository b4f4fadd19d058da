package org.adelante.letters;

import org.adelante.shared.NotFound;

/**
 * There is no such upload of signers for the letter, or it expired.
 */
public class SignatureImportNotFound extends NotFound {

	public SignatureImportNotFound() {
		super("Signature import");
	}

}
