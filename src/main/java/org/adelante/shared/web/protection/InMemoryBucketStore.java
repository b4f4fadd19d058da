package org.adelante.shared.web.protection;

import java.time.Clock;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Buckets in this node's memory, in bounded space: a bucket left alone until it would be
 * full again is forgotten (a new one starts full, so nothing changes for the client), and
 * at most a fixed number are kept, the least used going first.
 */
final class InMemoryBucketStore implements BucketStore {

	/** About 100 bytes each, so at most some ten megabytes. */
	static final long DEFAULT_MAXIMUM_BUCKETS = 100_000;

	private final Cache<String, Entry> buckets;

	private final TimeMeter time;

	InMemoryBucketStore(Clock clock, long maximumBuckets) {
		this.time = new ClockTime(clock);
		this.buckets = Caffeine.newBuilder()
			.maximumSize(maximumBuckets)
			.expireAfter(new UntilFull())
			.ticker(this.time::currentTimeNanos)
			.executor(Runnable::run)
			.build();
	}

	@Override
	public ConsumptionProbe tryConsume(String key, BucketConfiguration configuration) {
		return this.buckets.get(key, (created) -> new Entry(bucket(configuration), untilFull(configuration)))
			.bucket()
			.tryConsumeAndReturnRemaining(1);
	}

	/** How many buckets are kept now. */
	long size() {
		this.buckets.cleanUp();
		return this.buckets.estimatedSize();
	}

	private Bucket bucket(BucketConfiguration configuration) {
		LocalBucketBuilder builder = Bucket.builder();
		for (Bandwidth bandwidth : configuration.getBandwidths()) {
			builder.addLimit(bandwidth);
		}
		return builder.withCustomTimePrecision(this.time).build();
	}

	/** The time an emptied bucket takes to fill up again. */
	static long untilFull(BucketConfiguration configuration) {
		long longest = 0;
		for (Bandwidth bandwidth : configuration.getBandwidths()) {
			long refills = (bandwidth.getCapacity() + bandwidth.getRefillTokens() - 1) / bandwidth.getRefillTokens();
			longest = Math.max(longest, Math.multiplyExact(refills, bandwidth.getRefillPeriodNanos()));
		}
		return longest;
	}

	private record Entry(Bucket bucket, long untilFullNanos) {
	}

	/** Every use may empty the bucket, so it is kept until it would be full again. */
	private static final class UntilFull implements Expiry<String, Entry> {

		@Override
		public long expireAfterCreate(String key, Entry entry, long currentTime) {
			return entry.untilFullNanos();
		}

		@Override
		public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
			return entry.untilFullNanos();
		}

		@Override
		public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
			return entry.untilFullNanos();
		}

	}

	/**
	 * Bucket time from the application's clock, so buckets refill as the clock says (and
	 * tests can move it).
	 */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
