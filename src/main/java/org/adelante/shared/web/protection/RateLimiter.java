package org.adelante.shared.web.protection;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Counts submissions of public forms per client, one token bucket per form and client:
 * full at first, one token per submission, refilled gradually over each window's period
 * (a bucket has a bandwidth per window of the limit, and a submission needs a token from
 * every one).
 */
final class RateLimiter {

	private final BucketStore buckets;

	RateLimiter(BucketStore buckets) {
		this.buckets = buckets;
	}

	/** Counts a submission of the form by the client, if its limit allows one more. */
	Decision tryAcquire(PublicForm form, String client) {
		ConsumptionProbe probe = this.buckets.tryConsume(form.name() + " " + client, configuration(form.limit()));
		return probe.isConsumed() ? Decision.ALLOWED
				: new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** One bandwidth per window of the limit, in one bucket: each must have a token. */
	static BucketConfiguration configuration(RateLimit limit) {
		var builder = BucketConfiguration.builder();
		for (RateLimit.Window window : limit.windows()) {
			builder.addLimit((bandwidth) -> bandwidth.capacity(window.submissions())
				.refillGreedy(window.submissions(), window.period()));
		}
		return builder.build();
	}

	/**
	 * Whether a submission may go ahead.
	 *
	 * @param allowed whether it may
	 * @param retryAfter if not, how long until the next one may
	 */
	record Decision(boolean allowed, Duration retryAfter) {

		static final Decision ALLOWED = new Decision(true, Duration.ZERO);

		/** The wait in whole seconds, rounded up, for {@code Retry-After}. */
		long retryAfterSeconds() {
			long seconds = this.retryAfter.toSeconds() + ((this.retryAfter.toNanosPart() > 0) ? 1 : 0);
			return Math.max(1, seconds);
		}

	}

}
