package org.adelante.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The field messages of a submitted form, in the order the fields appear: the field's
 * {@code id} and the message key explaining what is wrong with it.
 */
public final class FormErrors {

	private final Map<String, String> errors = new LinkedHashMap<>();

	/** Records a problem with a field; the first one recorded for a field wins. */
	public FormErrors add(String field, String messageKey) {
		this.errors.putIfAbsent(field, messageKey);
		return this;
	}

	public boolean any() {
		return !this.errors.isEmpty();
	}

	public boolean has(String field) {
		return this.errors.containsKey(field);
	}

	/** The message key for a field, or {@code null}. */
	public String key(String field) {
		return this.errors.get(field);
	}

	/** The {@code id} of the element describing a field's problem, or {@code null}. */
	public String describedBy(String field) {
		return has(field) ? field + "-error" : null;
	}

	/**
	 * {@code "true"} for a field with a problem, otherwise {@code null} (no attribute).
	 */
	public String invalid(String field) {
		return has(field) ? "true" : null;
	}

	public Set<Map.Entry<String, String>> all() {
		return this.errors.entrySet();
	}

}
