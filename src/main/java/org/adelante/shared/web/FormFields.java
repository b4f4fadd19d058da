package org.adelante.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.adelante.shared.FieldProblems;

/**
 * Small helpers the form templates share, and the one way forms read the values they send
 * as text (times, zones, choices, keys), noting what they cannot read.
 */
public final class FormFields {

	/** Characters an address's path and query may carry as they are. */
	private static final String URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?";

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

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

	/**
	 * A value as a field shows it again: what was typed, without the characters HTML may
	 * not carry (control characters other than tabs and line breaks, noncharacters, lone
	 * surrogates), which no one means to type and which would make the page invalid.
	 */
	public static String shown(String value) {
		if (value == null) {
			return null;
		}
		StringBuilder shown = new StringBuilder(value.length());
		value.codePoints().filter(FormFields::allowedInHtml).forEach(shown::appendCodePoint);
		return shown.toString();
	}

	private static boolean allowedInHtml(int codePoint) {
		if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
			return true;
		}
		boolean control = codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
		boolean nonCharacter = (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
		boolean surrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
		return !control && !nonCharacter && !surrogate;
	}

	/**
	 * A part of an address as a browser sent it (already encoded), made safe to link to
	 * again: valid escapes stay as they are, and a stray {@code %} or a character an
	 * address may not carry is escaped.
	 */
	public static String queryPart(String raw) {
		StringBuilder safe = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
				safe.append(raw, i, i + 3);
				i += 2;
			}
			else if (c < 128 && URL_SAFE.indexOf(c) >= 0) {
				safe.append(c);
			}
			else {
				int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
				for (byte b : raw.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
					safe.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
				}
				i = end - 1;
			}
		}
		return safe.toString();
	}

	private static boolean isHex(String text, int index) {
		return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
	}

	/**
	 * A time as an {@code <input type="datetime-local">} shows it in the zone, or empty.
	 */
	public static String localInput(Instant instant, ZoneId zone) {
		return (instant != null) ? LOCAL_INPUT.format(instant.atZone(zone)) : "";
	}

	/**
	 * The time a {@code datetime-local} value names in the zone; {@code null} when the
	 * value is blank, and a problem for the field when it is not a date and time.
	 */
	public static Instant instantIn(String value, ZoneId zone, String field, FieldProblems problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(field, "validation.dateTime");
			return null;
		}
	}

	/**
	 * The zone a value names; {@code null} when it is blank, and a problem for the field
	 * when it names none.
	 */
	public static ZoneId zone(String value, String field, FieldProblems problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return ZoneId.of(value.strip());
		}
		catch (DateTimeException ex) {
			problems.add(field, "validation.choose");
			return null;
		}
	}

	/**
	 * The constant a choice names exactly; {@code null} and a problem for the field for
	 * anything else, a blank value included.
	 */
	public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, FieldProblems problems) {
		try {
			return Enum.valueOf(type, (value != null) ? value.strip() : "");
		}
		catch (IllegalArgumentException ex) {
			problems.add(field, "validation.choose");
			return null;
		}
	}

	/**
	 * The key a choice sends; {@code null} when it is blank, and a problem for the field
	 * when it is not a number.
	 */
	public static Long id(String value, String field, FieldProblems problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(field, "validation.choose");
			return null;
		}
	}

	/** The keys several choices send, leaving out blank and unreadable ones. */
	public static List<Long> ids(List<String> values, String field, FieldProblems problems) {
		List<Long> ids = new ArrayList<>();
		for (String value : values) {
			Long id = id(value, field, problems);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** Text from a request parameter, or the empty string. */
	public static String text(String value) {
		return (value != null) ? value : "";
	}

}
