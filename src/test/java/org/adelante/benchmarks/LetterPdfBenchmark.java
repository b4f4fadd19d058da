package org.adelante.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Letters;
import org.adelante.letters.Signatures;
import org.adelante.letters.pdf.LetterDocument;
import org.adelante.letters.pdf.LetterPdf;
import org.adelante.letters.pdf.Letterhead;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.OwnOrganization;
import org.adelante.organizations.Scope;
import org.adelante.test.AdelanteIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a letter's PDF takes with a long list: a letter with 1,000 organisations (by
 * default) asked for at {@code /letters/{slug}.pdf} as the first PDF of this JVM (after
 * one other page, so that only the PDF's own work is cold: its list, read from the
 * database, and a renderer warmed by a sample only), then rendered again and again
 * without the cache, as each change of the list makes it, and finally served from the
 * cache to concurrent readers. Wall time and the rendering thread's CPU time are both
 * given, since other work on a small machine stretches the first.
 * <p>
 * Run with {@code ./mvnw -Pbenchmarks verify -Dit.test=LetterPdfBenchmark}; results are
 * printed and written to {@code target/benchmarks/letter-pdf.md}. Tune with
 * {@code -Dbenchmark.signers=…}, {@code -Dbenchmark.renders=…}. Nothing fails on a
 * number.
 */
@AdelanteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterPdfBenchmark {

	private static final int SIGNERS = Integer.getInteger("benchmark.signers", 1000);

	private static final int RENDERS = Integer.getInteger("benchmark.renders", 10);

	private static final int CONCURRENCY = Integer.getInteger("benchmark.concurrency", 16);

	private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 10));

	/** The most a letter with a long list may take to render. */
	private static final Duration TARGET = Duration.ofSeconds(2);

	private static final List<String> NAMES = List.of("Asociația Apă pentru Toți", "Győri Vízőrző Egyesület",
			"Łódź Water Solidarity Group", "Øresund Friends of the Desert", "Rede Sertão em Ação",
			"Colectivo Ñandú de Educación Popular");

	private static final List<String> COUNTRIES = List.of("US", "MX", "GT", "RO", "HU", "PL", "DK", "BR", "CO", "ES");

	@Autowired
	Letters letters;

	@Autowired
	Signatures signatures;

	@Autowired
	Organizations organizations;

	@Autowired
	LetterPdf renderer;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final List<String> results = new ArrayList<>();

	private Letter letter;

	@BeforeAll
	void createLetter() {
		LetterFixtures fixtures = new LetterFixtures(this.context);
		String run = LetterFixtures.unique();
		this.letter = fixtures.open(LetterDraft.titled("PDF benchmark letter " + run));
		Scope[] scopes = Scope.values();
		for (int i = 0; i < SIGNERS; i++) {
			String name = ((i < NAMES.size()) ? NAMES.get(i) : "Benchmark Alliance " + i) + " " + run;
			fixtures.sign(this.letter, LetterFixtures.organization(name, null, scopes[i % scopes.length],
					COUNTRIES.get(i % COUNTRIES.size()), LetterFixtures.email()));
		}
		this.letter = fixtures.reload(this.letter);
	}

	@Test
	void aLetterWithALongList() throws Exception {
		String load = load();
		String path = this.letter.url() + ".pdf";
		assertThat(get("/letters").statusCode()).as("a first page, so the web layer is not cold").isEqualTo(200);

		long coldCpuStart = processCpuTime();
		long coldStart = System.nanoTime();
		HttpResponse<byte[]> cold = get(path);
		long coldNanos = System.nanoTime() - coldStart;
		long coldCpu = processCpuTime() - coldCpuStart;
		assertThat(cold.statusCode()).isEqualTo(200);
		int pages;
		try (PDDocument pdf = Loader.loadPDF(cold.body())) {
			pages = pdf.getNumberOfPages();
			assertThat(new PDFTextStripper().getText(pdf)).as("the list's first and last names")
				.contains(NAMES.get(0), "Benchmark Alliance " + (SIGNERS - 1));
		}

		LetterDocument document = liveDocument();
		long[] wall = new long[RENDERS];
		long[] cpu = new long[RENDERS];
		for (int i = 0; i < RENDERS; i++) {
			long cpuStart = this.threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			this.renderer.render(document);
			wall[i] = System.nanoTime() - start;
			cpu[i] = this.threads.getCurrentThreadCpuTime() - cpuStart;
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);

		Load.Request cached = (client) -> get(path).statusCode() == 200;
		Load.run(CONCURRENCY, Duration.ofSeconds(2), cached);
		Load.Result served = Load.run(CONCURRENCY, MEASURE, cached);

		this.results.add(String.format(Locale.ROOT, "| measure | ms |%n|---|---:|"));
		report("first PDF in this JVM (cold), wall", millis(coldNanos));
		report("first PDF in this JVM (cold), CPU of the whole JVM", millis(coldCpu));
		report("uncached render, median wall (of " + RENDERS + ")", millis(median(wall)));
		report("uncached render, max wall", millis(wall[wall.length - 1]));
		report("uncached render, median CPU", millis(median(cpu)));
		report("uncached render, max CPU", millis(cpu[cpu.length - 1]));
		this.results.add("");
		this.results.add(String.format(Locale.ROOT, "Cached PDF, %d concurrent readers, %d s:%n", CONCURRENCY,
				MEASURE.toSeconds()));
		this.results.addAll(Load.TABLE_HEAD);
		this.results.add(served.row(String.format(Locale.ROOT, "letter PDF (%d KB)", cold.body().length / 1024)));
		System.out.println("[benchmark] " + this.results.get(this.results.size() - 1));
		this.results.add("");
		boolean met = coldNanos < TARGET.toNanos() && wall[wall.length - 1] < TARGET.toNanos();
		this.results.add(String.format(Locale.ROOT, "Target: under %d ms for %d organisations (%d pages): %s.",
				TARGET.toMillis(), SIGNERS, pages, met ? "met" : "not met"));
		System.out.println("[benchmark] " + this.results.get(this.results.size() - 1));
		write(load, pages);
		assertThat(served.errors()).as("failed requests (first exception: %s)", served.failure()).isZero();
	}

	/** The letter as its public PDF shows it. */
	private LetterDocument liveDocument() {
		OwnOrganization own = this.organizations.ownOrganization();
		return new LetterDocument(this.letter, "en", new Letterhead(own.name(), null, own.zone()), this.letters.now(),
				this.signatures.list(this.letter, Locale.ENGLISH), null, null);
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", "en")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private void report(String measure, double millis) {
		String row = String.format(Locale.ROOT, "| %s | %.0f |", measure, millis);
		System.out.println("[benchmark] " + row);
		this.results.add(row);
	}

	/** The CPU time of every thread of this JVM (the server's and this client's). */
	private static long processCpuTime() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static long median(long[] sorted) {
		return sorted[(sorted.length - 1) / 2];
	}

	private static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

	/** What else the machine was doing: its load average as the benchmark began. */
	private static String load() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		return Files.isReadable(loadavg) ? Files.readString(loadavg).split(" ")[0] : "unknown";
	}

	private void write(String load, int pages) throws IOException {
		String header = String.format(Locale.ROOT,
				"# Letter PDF: a letter with %d organisations listed (%d pages)%n%n%d processors; load average %s as the run began.%n%n",
				SIGNERS, pages, Runtime.getRuntime().availableProcessors(), load);
		Load.write("letter-pdf.md", header + String.join("\n", this.results) + "\n");
	}

}
