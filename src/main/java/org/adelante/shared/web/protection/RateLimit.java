package org.adelante.shared.web.protection;

import java.time.Duration;

/**
 * How many submissions of a form one client address may send in a period. The allowance
 * comes back gradually: after a burst of {@code submissions}, one more is allowed every
 * {@code period / submissions}.
 *
 * @param submissions how many in a row
 * @param period the time in which the whole allowance comes back
 */
public record RateLimit(int submissions, Duration period) {

	public RateLimit {
		if (submissions < 1 || period == null || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("A rate limit allows at least one submission in a positive period");
		}
	}

	/**
	 * So many submissions per period, such as
	 * {@code RateLimit.of(10, Duration.ofHours(1))}.
	 */
	public static RateLimit of(int submissions, Duration period) {
		return new RateLimit(submissions, period);
	}

}
