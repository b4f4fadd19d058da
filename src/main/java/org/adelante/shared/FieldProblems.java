package org.adelante.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with submitted input, field by field, as message keys with arguments, so
 * the web layer can show each message in the reader's language next to its field. It is
 * the one way every module reports invalid input, from the domain to the template (see
 * the partials in {@code src/main/jte/shared/field/}).
 */
public final class FieldProblems {

	private final Map<String, Problem> problems = new LinkedHashMap<>();

	/**
	 * Records a problem unless the field already has one (the first is the most useful).
	 */
	public FieldProblems add(String field, String messageKey, Object... args) {
		this.problems.putIfAbsent(field, new Problem(messageKey, args));
		return this;
	}

	/** Adds a "required" problem when the value is blank. */
	public FieldProblems required(String field, String value) {
		if (value == null || value.isBlank()) {
			add(field, "validation.required");
		}
		return this;
	}

	/**
	 * Adds a "too long" problem when the value has more than {@code max} characters,
	 * counted as {@link Text#length} counts them.
	 */
	public FieldProblems maxLength(String field, String value, int max) {
		if (Text.length(value) > max) {
			add(field, "validation.tooLong", max);
		}
		return this;
	}

	/**
	 * Adds a problem when a value that is given is not an email address by
	 * {@link Emails#isValid}; a blank value is left to {@link #required}.
	 */
	public FieldProblems email(String field, String value) {
		if (value != null && !value.isBlank()) {
			if (Text.length(value) > Emails.MAX_LENGTH) {
				add(field, "validation.tooLong", Emails.MAX_LENGTH);
			}
			else if (!Emails.isValid(value)) {
				add(field, "validation.email");
			}
		}
		return this;
	}

	/**
	 * Adds a problem when a value that is given is not an absolute {@code http} or
	 * {@code https} address with a host; a blank value is left to {@link #required}.
	 */
	public FieldProblems webAddress(String field, String value) {
		if (value != null && !value.isBlank() && !isWebAddress(value)) {
			add(field, "validation.url");
		}
		return this;
	}

	/**
	 * Whether the text is an absolute {@code http} or {@code https} address with a host.
	 */
	public static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			return uri.isAbsolute() && uri.getHost() != null && !uri.getHost().isBlank()
					&& ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
		}
		catch (URISyntaxException | NullPointerException ex) {
			return false;
		}
	}

	/** Adds every problem of the other set that is not already here. */
	public FieldProblems addAll(FieldProblems other) {
		other.problems.forEach(this.problems::putIfAbsent);
		return this;
	}

	/** The message key of a field's problem, or {@code null}. */
	public String key(String field) {
		Problem problem = this.problems.get(field);
		return (problem != null) ? problem.messageKey() : null;
	}

	public boolean isEmpty() {
		return this.problems.isEmpty();
	}

	public boolean has(String field) {
		return this.problems.containsKey(field);
	}

	public Problem get(String field) {
		return this.problems.get(field);
	}

	/** Each field with a problem and the message key of that problem, in order. */
	public Map<String, String> messageKeys() {
		Map<String, String> keys = new LinkedHashMap<>();
		this.problems.forEach((field, problem) -> keys.put(field, problem.messageKey()));
		return keys;
	}

	public Map<String, Problem> all() {
		return Collections.unmodifiableMap(this.problems);
	}

	/** Throws {@link InvalidInput} when there are problems. */
	public void throwIfAny() {
		if (!isEmpty()) {
			throw new InvalidInput(this);
		}
	}

	/**
	 * One field's problem.
	 *
	 * @param messageKey the message key
	 * @param args its arguments
	 */
	public record Problem(String messageKey, Object[] args) {
	}

	/** Thrown when input breaks the rules; carries every problem found. */
	public static class InvalidInput extends RuntimeException {

		private final FieldProblems problems;

		public InvalidInput(FieldProblems problems) {
			super("Invalid input: " + problems.all().keySet());
			this.problems = problems;
		}

		public FieldProblems problems() {
			return this.problems;
		}

	}

}
