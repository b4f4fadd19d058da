package org.adelante.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Posts;
import org.adelante.organizations.Scope;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.TestInfrastructure;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput and latency of a sign-on letter: its page with a long list of signing
 * organisations next to a post page, measured the same way in the same run, and signing
 * it through the public form while readers keep loading the page. Every acknowledged
 * signature (the redirect to "check your email") must be stored: afterwards the letter's
 * requests waiting for confirmation are counted against the acknowledgements.
 * <p>
 * Run with {@code ./mvnw -Pbenchmarks verify} (or
 * {@code -Dit.test=LetterPagesBenchmark}); results are printed and written to
 * {@code target/benchmarks/letters.md}. The database is a fresh H2 file with every commit
 * written before it returns, as a default installation has it (not the tests' in-memory
 * one, which would store nothing durably), or PostgreSQL with
 * {@code -Dadelante.test.postgres=true}. Confirmation emails stay in the outbox, as in a
 * fresh installation without SMTP: an SMTP server in this JVM would take the CPU that the
 * pages and the signing are measured on. The signing limits per address are relaxed here,
 * since every submitter comes from one machine; the form's guard and the cross-site check
 * stay on. Nothing fails on a number.
 */
@AdelanteIntegrationTest
@TestPropertySource(properties = { "adelante.letters.signing-burst=1000000",
		"adelante.letters.signing-per-hour=1000000", TestInfrastructure.SMTP_SWITCH + "=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterPagesBenchmark {

	private static final int SIGNERS = Integer.getInteger("benchmark.signers", 500);

	/** As many readers as {@link PublicPagesBenchmark} has. */
	private static final int CONCURRENCY = Integer.getInteger("benchmark.concurrency", 16);

	private static final int SUBMITTERS = Integer.getInteger("benchmark.submitters", 16);

	private static final int READERS = Integer.getInteger("benchmark.readers", 32);

	private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSeconds", 10));

	private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 20));

	/** The submissions per second a letter's signing is meant to take on two cores. */
	private static final int TARGET_SUBMISSIONS = 1000;

	private static final Path DATABASE = Path.of("target", "benchmarks", "letters-db-" + System.nanoTime());

	private static final List<String> COUNTRIES = List.of("US", "MX", "GT", "HN", "SV", "AR", "BR", "CO", "GB", "ES");

	@Autowired
	Newsroom newsroom;

	@Autowired
	Signatures signatures;

	@Autowired
	WebSessions web;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final List<String> results = new ArrayList<>();

	private Letter letter;

	private String postPath;

	@DynamicPropertySource
	static void durableDatabase(DynamicPropertyRegistry registry) {
		if (!TestInfrastructure.onPostgres()) {
			registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATABASE.toAbsolutePath().resolve("adelante")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
		}
	}

	@BeforeAll
	void createLetterAndPost() {
		LetterFixtures fixtures = new LetterFixtures(this.context);
		String run = LetterFixtures.unique();
		this.letter = fixtures.open(LetterDraft.titled("Benchmark letter " + run));
		Scope[] scopes = Scope.values();
		for (int i = 0; i < SIGNERS; i++) {
			Scope scope = (i % (scopes.length + 1) < scopes.length) ? scopes[i % (scopes.length + 1)] : null;
			fixtures.sign(this.letter, LetterFixtures.organization("Benchmark Alliance " + i + " " + run, null, scope,
					COUNTRIES.get(i % COUNTRIES.size()), LetterFixtures.email()));
		}
		this.postPath = this.newsroom.publishNow(this.newsroom.create(Posts.pressRelease("Benchmark release")).id())
			.url();
	}

	@Test
	void letterPageAndSigning() throws Exception {
		String load = load();
		String page = new String(get(this.letter.url()).body(), StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(page).select(".signatory-list > li")).as("organisations listed on the letter page")
			.hasSize(SIGNERS);

		this.results.add(String.format(Locale.ROOT, "## Pages: %d concurrent readers, %d s each%n", CONCURRENCY,
				MEASURE.toSeconds()));
		this.results.addAll(Load.TABLE_HEAD);
		measurePage("static file, for reference", "/css/site.css");
		measurePage("post", this.postPath);
		measurePage("letter, " + SIGNERS + " organisations listed", this.letter.url());

		Signing signing = sign();
		write(load);
		assertThat(signing.stored()).as("requests stored for the %d acknowledged signatures", signing.acknowledged())
			.isEqualTo(signing.acknowledged());
	}

	private void measurePage(String name, String path) throws Exception {
		Load.Request get = (client) -> get(path).statusCode() == 200;
		Load.run(CONCURRENCY, WARM_UP, get);
		Load.Result run = Load.run(CONCURRENCY, MEASURE, get);
		report(run.row(String.format(Locale.ROOT, "%s (%d KB)", name, get(path).body().length / 1024)));
		assertThat(run.errors()).as("failed requests for %s (first exception: %s)", path, run.failure()).isZero();
	}

	/**
	 * Signing from several submitters while readers load the letter page: each submitter
	 * is a visitor who opened the form long enough ago, and sends one organisation's
	 * signature after another, each with a name and address of its own.
	 */
	private Signing sign() throws Exception {
		String letterPath = this.letter.url();
		List<WebSession> submitters = new ArrayList<>();
		for (int i = 0; i < SUBMITTERS; i++) {
			WebSession submitter = this.web.anonymous();
			submitter.fillIn(letterPath);
			submitters.add(submitter);
		}
		AtomicLong sequence = new AtomicLong();
		AtomicLong acknowledged = new AtomicLong();
		String run = LetterFixtures.unique();
		Load.Request submit = (client) -> {
			long n = sequence.incrementAndGet();
			HttpResponse<String> sent = submitters.get(client)
				.post(letterPath + "/sign", "signer", "organization", "organizationName",
						"Submitting Coalition " + run + " " + n, "website", "", "city", "Tucson", "region", "Arizona",
						"country", COUNTRIES.get((int) (n % COUNTRIES.size())), "scope", "LOCAL", "name",
						"Rosa Martínez", "title", "Director", "email",
						"signer-" + n + "@signers-" + run + "-" + n + ".example", "phone", "", "comment", "", "attest",
						"true");
			boolean redirected = (sent.statusCode() == 302 || sent.statusCode() == 303) && sent.headers()
				.firstValue("Location")
				.filter((location) -> location.endsWith(letterPath + "/check-email"))
				.isPresent();
			if (redirected) {
				acknowledged.incrementAndGet();
			}
			return redirected;
		};
		Load.Request read = (client) -> get(letterPath).statusCode() == 200;

		Load.Running warmUpReaders = Load.start(READERS, WARM_UP, read);
		Load.run(SUBMITTERS, WARM_UP, submit);
		warmUpReaders.result();
		Load.Running readers = Load.start(READERS, MEASURE, read);
		Load.Result submissions = Load.run(SUBMITTERS, MEASURE, submit);
		Load.Result reads = readers.result();

		long stored = this.signatures.counts(this.letter.id()).get(SignatureStatus.UNCONFIRMED);
		this.results.add("");
		this.results
			.add(String.format(Locale.ROOT, "## Signing: %d submitters while %d readers load the letter page, %d s%n",
					SUBMITTERS, READERS, MEASURE.toSeconds()));
		this.results.addAll(Load.TABLE_HEAD);
		report(submissions.row("signature submissions (redirect to check-email)"));
		report(reads.row("letter page, read meanwhile"));
		this.results.add("");
		this.results
			.add(String.format(Locale.ROOT, "Target: %d submissions/s; measured %.0f/s (%s).", TARGET_SUBMISSIONS,
					submissions.perSecond(), submissions.perSecond() >= TARGET_SUBMISSIONS ? "met" : "not met"));
		this.results.add(String.format(Locale.ROOT,
				"Stored: %d requests waiting for confirmation for %d acknowledged submissions (warm-up included).",
				stored, acknowledged.get()));
		assertThat(submissions.errors()).as("failed submissions (first exception: %s)", submissions.failure()).isZero();
		assertThat(reads.errors()).as("failed page loads while signing (first exception: %s)", reads.failure())
			.isZero();
		return new Signing(acknowledged.get(), stored);
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", "en")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private void report(String row) {
		System.out.println("[benchmark] " + row);
		this.results.add(row);
	}

	/** What else the machine was doing: its load average as the benchmark began. */
	private static String load() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		return Files.isReadable(loadavg) ? Files.readString(loadavg).split(" ")[0] : "unknown";
	}

	private void write(String load) throws IOException {
		String database = TestInfrastructure.onPostgres() ? "PostgreSQL"
				: "H2 file, each commit written before it returns (WRITE_DELAY=0)";
		String header = String.format(Locale.ROOT,
				"# Letters: a letter with %d organisations listed%n%nDatabase: %s. %d processors; load average %s as the run began.%n%n",
				SIGNERS, database, Runtime.getRuntime().availableProcessors(), load);
		Load.write("letters.md", header + String.join("\n", this.results) + "\n");
	}

	private record Signing(long acknowledged, long stored) {
	}

}
