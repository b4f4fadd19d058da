package org.adelante.letters;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.test.ApplicationProcess;
import org.adelante.test.TestInfrastructure;
import org.adelante.test.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Acknowledged means stored, for signatures: visitors sign an open letter through its
 * public page as fast as they can, the JVM is killed with {@code kill -9} in the middle
 * (once a hundred signatures are acknowledged, however slow the machine), and every
 * signature whose submission was answered with the redirect to "check your email" must be
 * among the requests waiting for confirmation after a restart on the same data, as the
 * organisers' page lists them.
 * <p>
 * All visitors come from one address, so the server gets relaxed signing limits and no
 * minimum fill time (process properties, as an installation would set them). The rest of
 * the form's guard stays: a submission it drops gets the same redirect, so it would show
 * here as a lost signature.
 */
class SignatureDurabilityIntegrationTests {

	private static final String ADMIN = "admin@signature-durability.adelante";

	private static final String PASSWORD = "durability-" + UUID.randomUUID();

	private static final int SIGNERS = 8;

	/**
	 * The JVM is killed once this many signatures are acknowledged (and at least
	 * {@link #LEAST_BURST} passed), however fast the machine.
	 */
	private static final int ACKNOWLEDGED_BEFORE_KILL = 100;

	private static final Duration LEAST_BURST = Duration.ofSeconds(2);

	/** The count in a filter's label, such as "Unconfirmed (123)". */
	private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)$");

	@Test
	void everyAcknowledgedSignatureSurvivesAKillOnTheEmbeddedDatabase() throws Exception {
		killMidBurstAndRestart("H2", Map.of());
	}

	@Test
	void everyAcknowledgedSignatureSurvivesAKillOnPostgres() throws Exception {
		if (!TestInfrastructure.onPostgres()) {
			System.out.println(
					"[durability] PostgreSQL not requested (ADELANTE_TEST_POSTGRES): signature kill test skipped there");
		}
		assumeTrue(TestInfrastructure.onPostgres(), "runs with ADELANTE_TEST_POSTGRES=true");
		killMidBurstAndRestart("PostgreSQL",
				Map.of("spring.datasource.url", TestInfrastructure.freshPostgresUrl("adelante_signature_durability"),
						"spring.datasource.username", "postgres", "spring.datasource.password", ""));
	}

	private void killMidBurstAndRestart(String database, Map<String, String> properties) throws Exception {
		Path dataDir = Path.of("target", "durability",
				"signatures-" + database.toLowerCase(Locale.ROOT) + "-" + System.nanoTime());
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger otherAnswers = new AtomicInteger();
		long letterId;
		Duration burst;

		try (ApplicationProcess app = start(dataDir, properties)) {
			app.awaitReady();
			WebSession organiser = signedInAdmin(app);
			letterId = openLetter(organiser, "durable-" + run);
			String letter = "/letters/durable-" + run;
			AtomicBoolean killed = new AtomicBoolean();
			ExecutorService signers = Executors.newFixedThreadPool(SIGNERS);
			for (int i = 0; i < SIGNERS; i++) {
				WebSession visitor = WebSession.anonymous(app.port());
				String signer = run + " " + i;
				signers.execute(() -> {
					for (int n = 0; !killed.get(); n++) {
						// The trailing dot keeps "1-1." from matching inside "1-12.".
						String name = "Survivors " + signer + "-" + n + ".";
						HttpResponse<String> sent;
						try {
							visitor.openForm(letter);
							sent = visitor.post(letter + "/sign", organizationFields(name, LetterFixtures.email()));
						}
						catch (IllegalStateException ex) {
							return; // the connection died with the JVM: not acknowledged
						}
						catch (AssertionError ex) {
							otherAnswers.incrementAndGet(); // a letter page without its
															// form
							return;
						}
						if (isCheckEmailRedirect(sent, letter)) {
							acknowledged.add(name);
						}
						else {
							otherAnswers.incrementAndGet();
						}
					}
				});
			}
			long started = System.nanoTime();
			Thread.sleep(LEAST_BURST.toMillis());
			await().atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(10))
				.until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL || otherAnswers.get() > 0);
			burst = Duration.ofNanos(System.nanoTime() - started);
			killed.set(true);
			app.kill();
			signers.shutdown();
			assertThat(signers.awaitTermination(30, TimeUnit.SECONDS)).as("signers stop once the JVM is gone").isTrue();
		}

		Set<String> stored;
		try (ApplicationProcess app = start(dataDir, properties)) {
			app.awaitReady();
			stored = waitingForConfirmation(signedInAdmin(app), letterId);
			app.stop();
		}
		List<String> missing;
		synchronized (acknowledged) {
			missing = acknowledged.stream().filter((name) -> !stored.contains(name)).toList();
		}

		System.out.printf(
				"[durability] %s: %d signatures acknowledged in %.1f s by %d signers (%.0f/s), %d waiting for confirmation after kill -9 and restart, %d acknowledged ones missing%n",
				database, acknowledged.size(), burst.toMillis() / 1000.0, SIGNERS,
				acknowledged.size() / (burst.toMillis() / 1000.0), stored.size(), missing.size());
		assertThat(otherAnswers).as("signatures answered with anything but the redirect to check-email").hasValue(0);
		assertThat(acknowledged).as("signatures acknowledged before the kill")
			.hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
		assertThat(missing).as("acknowledged signatures lost by kill -9 on %s", database).isEmpty();
	}

	/** Writes and opens a letter through the organisers' pages; returns its key. */
	private static long openLetter(WebSession organiser, String slug) {
		organiser.openForm("/admin/letters/new");
		HttpResponse<String> saved = organiser.post("/admin/letters", "version", "0", "slug", slug, "titleEn",
				"Durable signatures", "titleEs", "", "textEn", "We ask that every signature counts.", "textEs", "",
				"targetName", "Katie Hobbs", "targetTitle", "Governor", "targetOffice", "State of Arizona", "timeZone",
				"America/Phoenix", "signers", "ORGANIZATIONS", "milestones", "", "grouping", "BY_SCOPE", "opensAt", "",
				"closesAt", "", "listTiming", "now", "listPublicAt", "");
		String location = location(saved);
		assertThat(saved.statusCode()).as("the letter is saved: %s", saved.body()).isEqualTo(302);
		assertThat(location).matches("/admin/letters/\\d+");
		HttpResponse<String> opened = organiser.post(location + "/open");
		assertThat(location(opened)).as("the letter opens").isEqualTo(location);
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * The organisations of every request waiting for confirmation, read page by page from
	 * the organisers' list, as many pages as its count says.
	 */
	private static Set<String> waitingForConfirmation(WebSession organiser, long letterId) {
		Set<String> names = new HashSet<>();
		long total = 0;
		for (int page = 1; page == 1 || names.size() < total; page++) {
			HttpResponse<String> answer = organiser
				.get("/admin/letters/" + letterId + "/signatures?status=unconfirmed&page=" + page);
			assertThat(answer.statusCode()).as("page %d of the requests waiting for confirmation", page).isEqualTo(200);
			Document list = Jsoup.parse(answer.body());
			if (page == 1) {
				Matcher count = COUNT.matcher(list.select(".filters a[aria-current=page]").text());
				assertThat(count.find()).as("the count of requests waiting for confirmation").isTrue();
				total = Long.parseLong(count.group(1));
			}
			List<String> shown = list.select(".panel__list li > strong").eachText();
			assertThat(shown).as("page %d of %d requests waiting for confirmation", page, total).isNotEmpty();
			names.addAll(shown);
		}
		assertThat(names).as("organisations of the requests waiting for confirmation, each once").hasSize((int) total);
		return names;
	}

	private static boolean isCheckEmailRedirect(HttpResponse<String> response, String letter) {
		return (response.statusCode() == 302 || response.statusCode() == 303)
				&& location(response).equals(letter + "/check-email");
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
	}

	private static String[] organizationFields(String name, String email) {
		return new String[] { "signer", "organization", "organizationName", name, "website", "", "city", "Tucson",
				"region", "Arizona", "country", "US", "scope", "LOCAL", "name", "Rosa Martínez", "title", "Director",
				"email", email, "phone", "+1 520 555 0100", "comment", "Count us in.", "attest", "true" };
	}

	private static ApplicationProcess start(Path dataDir, Map<String, String> properties) {
		ApplicationProcess.Builder builder = ApplicationProcess.builder(dataDir)
			.env("ADELANTE_DEMO", "false")
			.env("ADELANTE_ADMIN_EMAIL", ADMIN)
			.env("ADELANTE_ADMIN_PASSWORD", PASSWORD)
			.property("spring.mail.host", "")
			// Every visitor here comes from 127.0.0.1 and sends the form at once.
			.property("adelante.letters.signing-burst", "1000000")
			.property("adelante.letters.signing-per-hour", "1000000")
			.property("adelante.web.form-minimum-fill-time", "0s");
		properties.forEach(builder::property);
		return builder.start();
	}

	private static WebSession signedInAdmin(ApplicationProcess app) {
		WebSession session = WebSession.anonymous(app.port());
		assertThat(session.signIn(ADMIN, PASSWORD)).as("the first admin signs in; see %s", app.log()).isTrue();
		return session;
	}

}
