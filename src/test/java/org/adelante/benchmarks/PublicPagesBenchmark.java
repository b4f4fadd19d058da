package org.adelante.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.Posts;
import org.adelante.test.AdelanteIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput and latency of the public pages under concurrent readers, on a newsroom with
 * a realistic number of posts. Run with {@code ./mvnw -Pbenchmarks verify}; results are
 * printed and written to {@code target/benchmarks/public-pages.md}. Not part of the test
 * suite: timings depend on the machine, so nothing here fails on a number.
 */
@AdelanteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesBenchmark {

	private static final int POSTS = Integer.getInteger("benchmark.posts", 300);

	private static final int CONCURRENCY = Integer.getInteger("benchmark.concurrency", 16);

	private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSeconds", 10));

	private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));

	@Autowired
	Newsroom newsroom;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final List<String> results = new ArrayList<>();

	private String postPath;

	@BeforeAll
	void createNewsroom() {
		Post post = null;
		for (int i = 0; i < POSTS; i++) {
			post = this.newsroom.publishNow(this.newsroom.create(Posts.pressRelease("Benchmark release " + i)).id());
		}
		this.postPath = post.url();
		this.results.add("| page | requests/s | p50 ms | p95 ms | p99 ms | errors |");
		this.results.add("|---|---|---|---|---|---|");
	}

	@Test
	void publicPages() throws Exception {
		measure("home /", "/", null);
		measure("archive /news", "/news", null);
		measure("archive page 5", "/news?page=5", null);
		measure("post", this.postPath, null);
		String etag = this.http.send(request(this.postPath, null), HttpResponse.BodyHandlers.discarding())
			.headers()
			.firstValue("ETag")
			.orElse(null);
		measure("post, revalidated (304)", this.postPath, etag);
		write();
	}

	private void measure(String name, String path, String etag) throws Exception {
		run(path, etag, WARM_UP);
		Run run = run(path, etag, MEASURE);
		long[] latencies = run.latencies();
		Arrays.sort(latencies);
		String row = String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %d |", name,
				latencies.length / (double) MEASURE.toSeconds(), percentile(latencies, 50), percentile(latencies, 95),
				percentile(latencies, 99), run.errors());
		System.out.println("[benchmark] " + row);
		this.results.add(row);
		assertThat(run.errors()).as("failed requests for " + path).isZero();
	}

	private Run run(String path, String etag, Duration duration) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
		long end = System.nanoTime() + duration.toNanos();
		AtomicInteger errors = new AtomicInteger();
		List<Future<List<Long>>> workers = new ArrayList<>();
		for (int i = 0; i < CONCURRENCY; i++) {
			workers.add(pool.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					HttpResponse<byte[]> response = this.http.send(request(path, etag),
							HttpResponse.BodyHandlers.ofByteArray());
					latencies.add(System.nanoTime() - start);
					int expected = (etag != null) ? 304 : 200;
					if (response.statusCode() != expected) {
						errors.incrementAndGet();
					}
				}
				return latencies;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> worker : workers) {
			all.addAll(worker.get());
		}
		pool.shutdown();
		return new Run(all.stream().mapToLong(Long::longValue).toArray(), errors.get());
	}

	private HttpRequest request(String path, String etag) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", "en");
		if (etag != null) {
			builder.header("If-None-Match", etag);
		}
		return builder.build();
	}

	private static double percentile(long[] sorted, int percentile) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(index, 0)] / 1_000_000.0;
	}

	private void write() throws IOException {
		Path file = Path.of("target", "benchmarks", "public-pages.md");
		Files.createDirectories(file.getParent());
		String header = String.format(Locale.ROOT, "# Public pages: %d posts, %d concurrent readers, %ds per page%n%n",
				POSTS, CONCURRENCY, MEASURE.toSeconds());
		Files.writeString(file, header + String.join("\n", this.results) + "\n");
		System.out.println("[benchmark] results written to " + file.toAbsolutePath());
	}

	private record Run(long[] latencies, int errors) {
	}

}
