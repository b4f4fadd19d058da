package org.adelante.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The counts a letter's page names once they are passed: with milestones 50, 100 and 250,
 * a letter with 137 signatures "has more than 100". Below the first, and at a milestone
 * exactly, the page gives the exact count.
 *
 * @param values the milestones, ascending, each at least 1
 */
public record Milestones(List<Integer> values) {

	/** The most milestones a letter may have. */
	public static final int MAX_COUNT = 20;

	/** The highest milestone. */
	public static final int MAX_VALUE = 10_000_000;

	/** Longest text the milestones field takes. */
	public static final int TEXT_MAX = 200;

	public static final Milestones NONE = new Milestones(List.of());

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,8}");

	private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

	public Milestones {
		values = List.copyOf(new TreeSet<>(values));
	}

	/**
	 * The milestones written as "50, 100, 250" (commas, semicolons or spaces between
	 * them; thousands not separated).
	 * @return the milestones, or empty if the text holds anything but such numbers, too
	 * many of them, or one out of range
	 */
	public static Optional<Milestones> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of(NONE);
		}
		List<Integer> values = new ArrayList<>();
		for (String part : SEPARATORS.split(text.strip())) {
			if (!NUMBER.matcher(part).matches()) {
				return Optional.empty();
			}
			int value = Integer.parseInt(part);
			if (value < 1 || value > MAX_VALUE) {
				return Optional.empty();
			}
			values.add(value);
		}
		Milestones milestones = new Milestones(values);
		return (milestones.values().size() <= MAX_COUNT) ? Optional.of(milestones) : Optional.empty();
	}

	/**
	 * The highest milestone the count has gone past, or empty below (or at) the first.
	 */
	public Optional<Integer> passedBy(long count) {
		Integer passed = null;
		for (int value : this.values) {
			if (count > value) {
				passed = value;
			}
		}
		return Optional.ofNullable(passed);
	}

	/**
	 * The highest milestone the count has reached (at it or past it), or empty below the
	 * first.
	 */
	public Optional<Integer> reachedBy(long count) {
		Integer reached = null;
		for (int value : this.values) {
			if (count >= value) {
				reached = value;
			}
		}
		return Optional.ofNullable(reached);
	}

	/** The lowest milestone the count has not reached yet, or empty past the last. */
	public Optional<Integer> nextAfter(long count) {
		return this.values.stream().filter((value) -> value > count).findFirst();
	}

	/** The milestones as the form shows them: "50, 100, 250". */
	public String text() {
		return this.values.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

}
