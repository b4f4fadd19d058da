package org.adelante.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with submitted input, field by field, as message keys with arguments, so
 * the web layer can show each message in the reader's language next to its field.
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

	/** Adds a "too long" problem when the value has more than {@code max} characters. */
	public FieldProblems maxLength(String field, String value, int max) {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			add(field, "validation.tooLong", max);
		}
		return this;
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
