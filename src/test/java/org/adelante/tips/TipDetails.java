package org.adelante.tips;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;

/**
 * What a reader sends.
 *
 * @param name their name
 * @param email their email address
 * @param text the tip
 */
public record TipDetails(String name, String email, String text) {

	public static final int NAME_MAX = 120;

	public TipDetails {
		name = Text.line(name);
		email = Text.line(email);
		text = Text.lines(text);
	}

	FieldProblems problems(int maxLength) {
		return new FieldProblems().required("name", this.name)
			.maxLength("name", this.name, NAME_MAX)
			.required("email", this.email)
			.email("email", this.email)
			.required("text", this.text)
			.maxLength("text", this.text, maxLength);
	}

}
