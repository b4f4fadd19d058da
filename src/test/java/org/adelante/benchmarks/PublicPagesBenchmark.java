package org.adelante.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
		this.results.addAll(Load.TABLE_HEAD);
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
		int expected = (etag != null) ? 304 : 200;
		Load.Request get = (client) -> this.http.send(request(path, etag), HttpResponse.BodyHandlers.ofByteArray())
			.statusCode() == expected;
		Load.run(CONCURRENCY, WARM_UP, get);
		Load.Result run = Load.run(CONCURRENCY, MEASURE, get);
		String row = run.row(name);
		System.out.println("[benchmark] " + row);
		this.results.add(row);
		assertThat(run.errors()).as("failed requests for %s (first exception: %s)", path, run.failure()).isZero();
	}

	private HttpRequest request(String path, String etag) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", "en");
		if (etag != null) {
			builder.header("If-None-Match", etag);
		}
		return builder.build();
	}

	private void write() throws IOException {
		String header = String.format(Locale.ROOT, "# Public pages: %d posts, %d concurrent readers, %ds per page%n%n",
				POSTS, CONCURRENCY, MEASURE.toSeconds());
		Load.write("public-pages.md", header + String.join("\n", this.results) + "\n");
	}

}
