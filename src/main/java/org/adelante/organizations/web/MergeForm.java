package org.adelante.organizations.web;

import java.util.regex.Pattern;

import org.adelante.shared.FieldProblems;

/**
 * The merge form as submitted from the page of one organisation.
 *
 * @param other the key of the organisation to merge it with
 * @param keep the key of the one of the two to keep
 */
public record MergeForm(String other, String keep) {

	private static final Pattern KEY = Pattern.compile("[1-9][0-9]{0,17}");

	/**
	 * The other organisation's key, or {@code null} (with a problem added) if the form
	 * names none.
	 */
	Long otherId(FieldProblems problems) {
		Long id = key(this.other);
		if (id == null) {
			problems.add("other", "organizations.merge.error.choose");
		}
		return id;
	}

	/**
	 * The key of the organisation to keep, which must be one of the two, or {@code null}
	 * (with a problem added).
	 */
	Long keepId(long id, long otherId, FieldProblems problems) {
		Long keep = key(this.keep);
		if (keep == null || (keep != id && keep != otherId)) {
			problems.add("keep", "validation.choose");
			return null;
		}
		return keep;
	}

	/** The key in the text, or {@code null} if it holds none. */
	static Long key(String text) {
		String stripped = (text != null) ? text.strip() : "";
		return KEY.matcher(stripped).matches() ? Long.valueOf(stripped) : null;
	}

}
