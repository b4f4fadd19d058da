package org.adelante.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the benchmarks share: clients that send one request after another for a while,
 * each request's latency, and the table rows the results are written as.
 *
 * <pre>
 * Load.Result result = Load.run(16, Duration.ofSeconds(20), (client) -&gt; get("/news").statusCode() == 200);
 * rows.add(result.row("archive /news"));
 * </pre>
 */
final class Load {

	/** The head of the table that {@link Result#row} writes rows of. */
	static final List<String> TABLE_HEAD = List.of("| page | requests/s | p50 ms | p95 ms | p99 ms | errors |",
			"|---|---|---|---|---|---|");

	private Load() {
	}

	/** Sends requests from so many clients for so long, and waits for the result. */
	static Result run(int clients, Duration duration, Request request) throws InterruptedException {
		return start(clients, duration, request).result();
	}

	/**
	 * Starts sending requests from so many clients for so long, each client one request
	 * after another; {@link Running#result} waits for them to finish.
	 */
	static Running start(int clients, Duration duration, Request request) {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		AtomicInteger errors = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		List<Future<Latencies>> workers = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			int client = i;
			workers.add(pool.submit(() -> {
				Latencies latencies = new Latencies();
				while (System.nanoTime() < end) {
					long sent = System.nanoTime();
					boolean expected;
					try {
						expected = request.send(client);
					}
					catch (Exception ex) {
						failure.compareAndSet(null, ex);
						expected = false;
					}
					latencies.add(System.nanoTime() - sent);
					if (!expected) {
						errors.incrementAndGet();
					}
				}
				return latencies;
			}));
		}
		pool.shutdown();
		return new Running(workers, start, errors, failure);
	}

	/** A percentile of sorted latencies in milliseconds. */
	static double percentile(long[] sorted, int percentile) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(index, 0)] / 1_000_000.0;
	}

	/** Writes a results file under {@code target/benchmarks} and says where. */
	static Path write(String name, String content) throws IOException {
		Path file = Path.of("target", "benchmarks", name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		System.out.println("[benchmark] results written to " + file.toAbsolutePath());
		return file;
	}

	/** One request of one client. */
	@FunctionalInterface
	interface Request {

		/**
		 * Sends the request and reads the answer.
		 * @param client which of the clients sends it, from 0
		 * @return whether the answer is the one expected; an exception counts as an error
		 * too
		 */
		boolean send(int client) throws Exception;

	}

	/** Clients sending requests. */
	static final class Running {

		private final List<Future<Latencies>> workers;

		private final long start;

		private final AtomicInteger errors;

		private final AtomicReference<Throwable> failure;

		private Running(List<Future<Latencies>> workers, long start, AtomicInteger errors,
				AtomicReference<Throwable> failure) {
			this.workers = workers;
			this.start = start;
			this.errors = errors;
			this.failure = failure;
		}

		/** Waits until every client is done. */
		Result result() throws InterruptedException {
			Latencies all = new Latencies();
			for (Future<Latencies> worker : this.workers) {
				try {
					all.addAll(worker.get());
				}
				catch (ExecutionException ex) {
					throw new IllegalStateException("A benchmark client failed", ex.getCause());
				}
			}
			Duration elapsed = Duration.ofNanos(System.nanoTime() - this.start);
			long[] sorted = all.toArray();
			Arrays.sort(sorted);
			return new Result(sorted, this.errors.get(), elapsed, this.failure.get());
		}

	}

	/**
	 * What the clients saw.
	 *
	 * @param latencies every request's latency in nanoseconds, sorted
	 * @param errors how many answers were not the expected ones
	 * @param elapsed from the first request to the last answer
	 * @param failure the first exception a request threw, or {@code null}
	 */
	record Result(long[] latencies, int errors, Duration elapsed, Throwable failure) {

		int requests() {
			return this.latencies.length;
		}

		double perSecond() {
			return this.latencies.length / (this.elapsed.toNanos() / 1e9);
		}

		double p(int percentile) {
			return percentile(this.latencies, percentile);
		}

		/** A row of the {@link #TABLE_HEAD} table. */
		String row(String name) {
			return String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %d |", name, perSecond(), p(50),
					p(95), p(99), this.errors);
		}

	}

	/** A growing array of latencies, without boxing each one. */
	private static final class Latencies {

		private long[] values = new long[1024];

		private int size;

		void add(long value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		void addAll(Latencies other) {
			for (int i = 0; i < other.size; i++) {
				add(other.values[i]);
			}
		}

		long[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
