package org.adelante.letters;

import org.adelante.shared.NotFound;

/**
 * The letter has no signature with that key.
 */
public class SignatureNotFound extends NotFound {

	public SignatureNotFound(Object key) {
		super("Signature " + key);
	}

}
