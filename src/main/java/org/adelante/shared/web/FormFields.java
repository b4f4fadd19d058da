package org.adelante.shared.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Small helpers the admin form templates share.
 */
public final class FormFields {

	private FormFields() {
	}

	/**
	 * The {@code aria-describedby} value of a field with an optional hint and error
	 * message, or {@code null} (no attribute) when it has neither.
	 */
	public static String describedBy(String name, boolean hasHint, boolean hasError) {
		List<String> ids = new ArrayList<>(2);
		if (hasHint) {
			ids.add(name + "-hint");
		}
		if (hasError) {
			ids.add(name + "-error");
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

	/**
	 * A value for an {@code <input type="datetime-local">}: the text if it is a local
	 * date and time, else empty (browsers never send anything else; a forged value is not
	 * echoed into a control that cannot hold it).
	 */
	public static String dateTimeValue(String value) {
		try {
			LocalDateTime.parse(value.strip());
			return value.strip();
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return "";
		}
	}

	/** A value for an {@code <input type="date">}, the same way. */
	public static String dateValue(String value) {
		try {
			LocalDate.parse(value.strip());
			return value.strip();
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return "";
		}
	}

	/** Text from a request parameter, or the empty string. */
	public static String text(String value) {
		return (value != null) ? value : "";
	}

}
