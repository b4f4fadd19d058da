package org.adelante.organizations.web;

import java.util.Map;

/**
 * What was wrong with a submitted form: field names mapped to message keys, in the order
 * the fields appear.
 *
 * @param byField the message key for each field with a problem
 */
public record FormErrors(Map<String, String> byField) {

	static final FormErrors NONE = new FormErrors(Map.of());

	public boolean any() {
		return !this.byField.isEmpty();
	}

	/** The message key for the field, or {@code null}. */
	public String of(String field) {
		return this.byField.get(field);
	}

	/**
	 * The value for a field's {@code aria-describedby}: its hint and its message, or
	 * {@code null}.
	 */
	public String describedBy(String field, boolean hasHint) {
		String hint = hasHint ? field + "-hint" : null;
		String error = this.byField.containsKey(field) ? field + "-error" : null;
		if (hint != null && error != null) {
			return hint + " " + error;
		}
		return (hint != null) ? hint : error;
	}

	/** {@code "true"} for a field with a problem, for {@code aria-invalid}; else null. */
	public String invalid(String field) {
		return this.byField.containsKey(field) ? "true" : null;
	}

}
