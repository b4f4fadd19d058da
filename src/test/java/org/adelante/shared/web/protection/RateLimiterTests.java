package org.adelante.shared.web.protection;

import java.time.Duration;

import org.adelante.test.MovableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	private static final PublicForm SIGNING = PublicForm.rateLimited("signing", "/sign",
			RateLimit.of(3, Duration.ofMinutes(3)));

	private static final PublicForm SUBSCRIBING = PublicForm.rateLimited("subscribing", "/subscribe",
			RateLimit.of(3, Duration.ofMinutes(3)));

	/** A burst of 3 a minute, and no more than 5 an hour. */
	private static final PublicForm BURSTY = PublicForm.rateLimited("bursty", "/bursty",
			RateLimit.of(3, Duration.ofMinutes(1)).and(5, Duration.ofHours(1)));

	private final MovableClock clock = new MovableClock();

	private final InMemoryBucketStore buckets = new InMemoryBucketStore(this.clock, 1_000);

	private final RateLimiter limiter = new RateLimiter(this.buckets);

	@Test
	void theLimitIsAllowedThenRefusedWithTheTimeUntilTheNextSubmission() {
		for (int i = 1; i <= 3; i++) {
			assertThat(this.limiter.tryAcquire(SIGNING, "192.0.2.1").allowed()).as("submission " + i).isTrue();
		}

		RateLimiter.Decision refused = this.limiter.tryAcquire(SIGNING, "192.0.2.1");

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));
		assertThat(refused.retryAfterSeconds()).isBetween(56L, 60L);
	}

	@Test
	void theAllowanceComesBackGradually() {
		exhaust(SIGNING, "192.0.2.2");

		this.clock.advance(Duration.ofSeconds(61));

		assertThat(this.limiter.tryAcquire(SIGNING, "192.0.2.2").allowed()).isTrue();
		assertThat(this.limiter.tryAcquire(SIGNING, "192.0.2.2").allowed()).isFalse();
	}

	@Test
	void eachClientAndEachFormIsCountedApart() {
		exhaust(SIGNING, "192.0.2.3");

		assertThat(this.limiter.tryAcquire(SIGNING, "192.0.2.4").allowed()).isTrue();
		assertThat(this.limiter.tryAcquire(SUBSCRIBING, "192.0.2.3").allowed()).isTrue();
	}

	@Test
	void aBucketIsForgottenOnceItWouldBeFullAgain() {
		for (int i = 0; i < 10; i++) {
			this.limiter.tryAcquire(SIGNING, "192.0.2." + i);
		}
		assertThat(this.buckets.size()).isEqualTo(10);

		this.clock.advance(Duration.ofMinutes(2));
		this.limiter.tryAcquire(SIGNING, "192.0.2.0");
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));

		assertThat(this.buckets.size()).as("only the bucket used a minute ago").isEqualTo(1);
	}

	@Test
	void atMostTheMaximumNumberOfBucketsIsKept() {
		for (int i = 0; i < 5_000; i++) {
			this.limiter.tryAcquire(SIGNING, "10.0." + (i / 256) + "." + (i % 256));
		}

		assertThat(this.buckets.size()).isLessThanOrEqualTo(1_000);
	}

	@Test
	void aShortBurstIsRefusedUntilItsWindowRefills() {
		exhaust(BURSTY, "192.0.2.20");

		RateLimiter.Decision refused = this.limiter.tryAcquire(BURSTY, "192.0.2.20");

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(20));
	}

	@Test
	void theSustainedWindowHoldsOnceTheBurstsAddUp() {
		for (int i = 1; i <= 3; i++) {
			assertThat(this.limiter.tryAcquire(BURSTY, "192.0.2.21").allowed()).as("burst " + i).isTrue();
		}
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.limiter.tryAcquire(BURSTY, "192.0.2.21").allowed()).as("fourth, a minute later").isTrue();
		assertThat(this.limiter.tryAcquire(BURSTY, "192.0.2.21").allowed()).as("fifth").isTrue();

		RateLimiter.Decision refused = this.limiter.tryAcquire(BURSTY, "192.0.2.21");

		assertThat(refused.allowed()).as("sixth in the hour, though the burst has refilled").isFalse();
		assertThat(refused.retryAfter()).as("until the hourly window gives one back")
			.isBetween(Duration.ofMinutes(10), Duration.ofMinutes(12));
	}

	@Test
	void aLimitOfSeveralWindowsSaysHowManyMayBeSentInARow() {
		RateLimit limit = RateLimit.of(30, Duration.ofHours(1)).and(5, Duration.ofMinutes(1));

		assertThat(limit.submissions()).isEqualTo(5);
		assertThat(limit.period()).isEqualTo(Duration.ofMinutes(1));
		assertThat(limit.windows()).hasSize(2);
		assertThat(limit).hasToString("30 per PT1H and 5 per PT1M");
		assertThat(RateLimiter.configuration(limit).getBandwidths()).hasSize(2);
	}

	@Test
	void aBucketOfSeveralWindowsIsKeptUntilTheSlowestWouldBeFull() {
		assertThat(InMemoryBucketStore.untilFull(RateLimiter.configuration(BURSTY.limit())))
			.isEqualTo(Duration.ofHours(1).toNanos());
	}

	@Test
	void theWaitIsRoundedUpToWholeSeconds() {
		assertThat(new RateLimiter.Decision(false, Duration.ofMillis(1200)).retryAfterSeconds()).isEqualTo(2);
		assertThat(new RateLimiter.Decision(false, Duration.ofSeconds(7)).retryAfterSeconds()).isEqualTo(7);
		assertThat(new RateLimiter.Decision(false, Duration.ofNanos(1)).retryAfterSeconds()).isEqualTo(1);
		assertThat(new RateLimiter.Decision(false, Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
	}

	@Test
	void aBucketIsKeptUntilItsSlowestLimitWouldBeFullAgain() {
		assertThat(InMemoryBucketStore.untilFull(RateLimiter.configuration(RateLimit.of(20, Duration.ofMinutes(20)))))
			.isEqualTo(Duration.ofMinutes(20).toNanos());
	}

	private void exhaust(PublicForm form, String client) {
		while (this.limiter.tryAcquire(form, client).allowed()) {
			// Take the whole allowance.
		}
	}

}
