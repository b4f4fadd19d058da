package org.adelante.accounts;

import org.adelante.shared.FieldProblems;

/**
 * A staff account with this email already exists; reported against the email field.
 */
public class EmailAlreadyUsed extends FieldProblems.InvalidInput {

	public EmailAlreadyUsed() {
		super(new FieldProblems().add("email", "staffAdmin.error.emailUsed"));
	}

}
