package org.adelante.shared.web.protection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How many submissions of a form one client address may send: one window, or several that
 * all apply, such as a short burst and a longer sustained allowance
 * ({@code RateLimit.of(5, Duration.ofMinutes(1)).and(30, Duration.ofHours(1))}). In each
 * window the allowance comes back gradually: after a burst of {@code submissions}, one
 * more is allowed every {@code period / submissions}.
 *
 * @param windows the windows, each of which must allow a submission; at least one
 */
public record RateLimit(List<Window> windows) {

	public RateLimit {
		if (windows == null || windows.isEmpty()) {
			throw new IllegalArgumentException("A rate limit has at least one window");
		}
		windows = List.copyOf(windows);
	}

	/**
	 * So many submissions per period, such as
	 * {@code RateLimit.of(10, Duration.ofHours(1))}.
	 */
	public static RateLimit of(int submissions, Duration period) {
		return new RateLimit(List.of(new Window(submissions, period)));
	}

	/**
	 * This limit with one more window that applies as well, such as a sustained hourly
	 * allowance after a per-minute burst.
	 */
	public RateLimit and(int submissions, Duration period) {
		List<Window> all = new ArrayList<>(this.windows);
		all.add(new Window(submissions, period));
		return new RateLimit(all);
	}

	/** How many submissions may be sent in a row: the smallest window's allowance. */
	public int submissions() {
		return tightest().submissions();
	}

	/** The period of the window that allows the fewest submissions in a row. */
	public Duration period() {
		return tightest().period();
	}

	private Window tightest() {
		return this.windows.stream().min(Comparator.comparingInt(Window::submissions)).orElseThrow();
	}

	@Override
	public String toString() {
		return this.windows.stream().map(Window::toString).collect(Collectors.joining(" and "));
	}

	/**
	 * One window of a rate limit.
	 *
	 * @param submissions how many in a row
	 * @param period the time in which the whole allowance comes back
	 */
	public record Window(int submissions, Duration period) {

		public Window {
			if (submissions < 1 || period == null || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("A rate limit allows at least one submission in a positive period");
			}
		}

		@Override
		public String toString() {
			return this.submissions + " per " + this.period;
		}

	}

}
