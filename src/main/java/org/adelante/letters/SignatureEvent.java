package org.adelante.letters;

import org.adelante.shared.Audited;

/**
 * Something staff or a signer did to one signature, audited under that signature with the
 * signer's name.
 */
public interface SignatureEvent extends Audited {

	/** The letter signed. */
	long letterId();

	/** The signature. */
	long signatureId();

	/** The organisation's or person's name as listed. */
	String name();

	@Override
	default String subjectType() {
		return "signature";
	}

	@Override
	default String subjectId() {
		return String.valueOf(signatureId());
	}

	@Override
	default String summary() {
		return name();
	}

}
