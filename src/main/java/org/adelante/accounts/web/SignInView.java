package org.adelante.accounts.web;

import org.adelante.shared.FieldProblems;

/**
 * What the sign-in page shows.
 *
 * @param failed whether the last attempt failed
 * @param notice a message key to show above the form, or {@code null}
 */
public record SignInView(boolean failed, String notice) {

	/** The sign-in form reports a failure as a whole, never per field. */
	public FieldProblems problems() {
		return new FieldProblems();
	}
}
