package org.adelante.accounts;

/**
 * A staff account with this email already exists.
 */
public class EmailAlreadyUsed extends RuntimeException {

	public EmailAlreadyUsed() {
		super("A staff account with this email already exists");
	}

}
