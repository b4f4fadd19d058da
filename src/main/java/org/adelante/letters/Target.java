package org.adelante.letters;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.adelante.shared.Emails;
import org.adelante.shared.Text;

/**
 * Someone a letter is addressed to.
 *
 * @param name their name, such as "Marta Ellison"
 * @param title their title, such as "Governor", or {@code null}
 * @param office their office, such as "State of Arizona", or {@code null}
 * @param email where the letter is delivered to them, or {@code null}; never shown to
 * readers
 */
public record Target(String name, String title, String office, String email) {

	public static final int NAME_MAX = 200;

	public static final int TITLE_MAX = 200;

	public static final int OFFICE_MAX = 200;

	public Target {
		name = Text.line(name);
		title = Text.line(title);
		office = Text.line(office);
		email = Text.line(email);
	}

	/** A target the letter is not emailed to. */
	public Target(String name, String title, String office) {
		this(name, title, office, null);
	}

	/** Whether nothing at all was entered for it. */
	public boolean isBlank() {
		return this.name == null && this.title == null && this.office == null && this.email == null;
	}

	/** Whether the letter can be delivered to them by email. */
	public boolean hasEmail() {
		return this.email != null && Emails.isValid(this.email);
	}

	/** "Name, Title, Office", leaving out what is not given. */
	public String line() {
		return Stream.of(this.name, this.title, this.office)
			.filter((part) -> part != null)
			.collect(Collectors.joining(", "));
	}

}
