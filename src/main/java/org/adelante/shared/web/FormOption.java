package org.adelante.shared.web;

/**
 * One choice of a select, radio or checkbox field, as the shared field partials show it.
 *
 * @param value what the form sends
 * @param label what people read
 * @param hint a short explanation shown with the label, or {@code null}
 * @param lang the label's language when it differs from the page's, or {@code null}
 */
public record FormOption(String value, String label, String hint, String lang) {

	public static FormOption of(String value, String label) {
		return new FormOption(value, label, null, null);
	}

}
