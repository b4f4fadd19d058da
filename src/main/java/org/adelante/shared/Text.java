package org.adelante.shared;

import java.util.regex.Pattern;

/**
 * The one way Adelante measures and cleans text people type. Lengths are counted in
 * Unicode code points (an emoji or an accented letter is one character, whatever its
 * encoding), and text keeps no control characters.
 */
public final class Text {

	/** Control and format characters that have no place in one line of text. */
	private static final Pattern LINE_CONTROLS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");

	/** The same, but line breaks and tabs survive in text of several lines. */
	private static final Pattern TEXT_CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]+");

	private Text() {
	}

	/** How many characters (code points) the text has; 0 for {@code null}. */
	public static int length(String text) {
		return (text != null) ? text.codePointCount(0, text.length()) : 0;
	}

	/** The text cut to at most {@code max} characters, never inside a character. */
	public static String truncate(String text, int max) {
		if (text == null || length(text) <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, max));
	}

	/**
	 * The start of the text for an excerpt: all of it when it is short enough, otherwise
	 * cut at most {@code max} characters in, after a whole word where one ends in the
	 * second half, and followed by an ellipsis.
	 */
	public static String excerpt(String text, int max) {
		if (text == null || length(text) <= max) {
			return text;
		}
		// One character more: a space right after the limit ends a whole word.
		String start = truncate(text, max + 1);
		int space = start.lastIndexOf(' ');
		boolean wordEndsLate = space > start.offsetByCodePoints(0, max / 2);
		return (wordEndsLate ? start.substring(0, space) : truncate(text, max)) + "…";
	}

	/**
	 * One line as typed, cleaned: control characters (line breaks included) become spaces
	 * and surrounding white space goes; {@code null} when nothing is left.
	 */
	public static String line(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = hasControls(text, false) ? LINE_CONTROLS.matcher(text).replaceAll(" ").strip() : text.strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	/**
	 * Text of several lines as typed, cleaned: line endings become {@code \n}, other
	 * control characters go, and so does white space around it; empty when nothing is
	 * left.
	 */
	public static String lines(String text) {
		if (text == null) {
			return "";
		}
		if (!hasControls(text, true)) {
			return text.strip();
		}
		String unified = text.replace("\r\n", "\n").replace('\r', '\n');
		return TEXT_CONTROLS.matcher(unified).replaceAll("").strip();
	}

	/**
	 * Whether the text has anything to clean, found without a pattern: most text has
	 * nothing, and long text (a letter, read with every page view) is cleaned often.
	 * @param severalLines whether line feeds and tabs are kept
	 */
	private static boolean hasControls(String text, boolean severalLines) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (severalLines ? (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t')
					: (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029')) {
				return true;
			}
		}
		return false;
	}

}
