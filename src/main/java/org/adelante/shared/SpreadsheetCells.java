package org.adelante.shared;

/**
 * Keeps spreadsheets from running what people typed. A cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is taken for a formula by
 * spreadsheet programs (so a signer's name {@code =HYPERLINK(...)} would become a link,
 * or worse), so an exported cell that begins with one gets a leading apostrophe, as OWASP
 * advises for CSV files; spreadsheets show the text as typed. A file read back has the
 * apostrophe taken off again.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/**
	 * The text as a spreadsheet cell that cannot be a formula; empty for {@code null}.
	 */
	public static String neutralise(String text) {
		if (text == null) {
			return "";
		}
		return startsLikeFormula(text, 0) ? "'" + text : text;
	}

	/**
	 * A cell read from a file as it was before {@link #neutralise}: an apostrophe before
	 * what would start a formula goes; any other text stays as it is.
	 */
	public static String restore(String cell) {
		if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeFormula(cell, 1)) {
			return cell.substring(1);
		}
		return cell;
	}

	private static boolean startsLikeFormula(String text, int at) {
		if (text.length() <= at) {
			return false;
		}
		char first = text.charAt(at);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
