package org.adelante.letters;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.adelante.shared.Text;

/**
 * Someone a letter is addressed to.
 *
 * @param name their name, such as "Katie Hobbs"
 * @param title their title, such as "Governor", or {@code null}
 * @param office their office, such as "State of Arizona", or {@code null}
 */
public record Target(String name, String title, String office) {

	public static final int NAME_MAX = 200;

	public static final int TITLE_MAX = 200;

	public static final int OFFICE_MAX = 200;

	public Target {
		name = Text.line(name);
		title = Text.line(title);
		office = Text.line(office);
	}

	/** Whether nothing at all was entered for it. */
	public boolean isBlank() {
		return this.name == null && this.title == null && this.office == null;
	}

	/** "Name, Title, Office", leaving out what is not given. */
	public String line() {
		return Stream.of(this.name, this.title, this.office)
			.filter((part) -> part != null)
			.collect(Collectors.joining(", "));
	}

}
