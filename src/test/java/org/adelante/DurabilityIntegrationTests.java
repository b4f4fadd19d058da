package org.adelante;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.adelante.test.ApplicationProcess;
import org.adelante.test.TestInfrastructure;
import org.adelante.test.WebSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Acknowledged means stored: staff sessions save media contacts as fast as they can, the
 * JVM is killed with {@code kill -9} in the middle, and every contact whose save was
 * confirmed (the redirect back to the list) must be there after a restart on the same
 * data.
 */
class DurabilityIntegrationTests {

	private static final String ADMIN = "admin@durability.adelante";

	private static final String PASSWORD = "durability-" + UUID.randomUUID();

	private static final int SESSIONS = 8;

	private static final Duration BURST = Duration.ofSeconds(4);

	@Test
	void everyAcknowledgedContactSurvivesAKillOnTheEmbeddedDatabase() throws Exception {
		killMidBurstAndRestart("H2", Map.of());
	}

	@Test
	void everyAcknowledgedContactSurvivesAKillOnPostgres() throws Exception {
		if (!TestInfrastructure.onPostgres()) {
			System.out
				.println("[durability] PostgreSQL not requested (ADELANTE_TEST_POSTGRES): kill test skipped there");
		}
		assumeTrue(TestInfrastructure.onPostgres(), "runs with ADELANTE_TEST_POSTGRES=true");
		killMidBurstAndRestart("PostgreSQL",
				Map.of("spring.datasource.url", TestInfrastructure.freshPostgresUrl("adelante_durability"),
						"spring.datasource.username", "postgres", "spring.datasource.password", ""));
	}

	private void killMidBurstAndRestart(String database, Map<String, String> properties) throws Exception {
		Path dataDir = Path.of("target", "durability", database.toLowerCase(Locale.ROOT) + "-" + System.nanoTime());
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger otherAnswers = new AtomicInteger();

		try (ApplicationProcess app = start(dataDir, properties)) {
			app.awaitReady();
			List<WebSession> sessions = new ArrayList<>();
			for (int i = 0; i < SESSIONS; i++) {
				sessions.add(signedInAdmin(app));
			}
			AtomicBoolean killed = new AtomicBoolean();
			ExecutorService writers = Executors.newFixedThreadPool(SESSIONS);
			for (int i = 0; i < SESSIONS; i++) {
				WebSession session = sessions.get(i);
				String writer = run + " " + i;
				writers.execute(() -> {
					for (int n = 0; !killed.get(); n++) {
						// The trailing dot keeps "1-1." from matching inside "1-12.".
						String name = "Survivor " + writer + "-" + n + ".";
						HttpResponse<String> saved;
						try {
							saved = session.post("/admin/contacts", "name", name, "email", "survivor@example.org");
						}
						catch (IllegalStateException ex) {
							return; // the connection died with the JVM: not acknowledged
						}
						if (saved.statusCode() == 302 && saved.headers()
							.firstValue("Location")
							.filter((location) -> location.endsWith("/admin/contacts"))
							.isPresent()) {
							acknowledged.add(name);
						}
						else {
							otherAnswers.incrementAndGet();
						}
					}
				});
			}
			Thread.sleep(BURST.toMillis());
			killed.set(true);
			app.kill();
			writers.shutdown();
			assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).as("writers stop once the JVM is gone").isTrue();
		}

		List<String> missing;
		try (ApplicationProcess app = start(dataDir, properties)) {
			app.awaitReady();
			String list = signedInAdmin(app).get("/admin/contacts").body();
			synchronized (acknowledged) {
				missing = acknowledged.stream().filter((name) -> !list.contains(name)).toList();
			}
			app.stop();
		}

		System.out.printf(
				"[durability] %s: %d contacts acknowledged in %d s by %d sessions (%.0f/s), %d present after kill -9 and restart, %d missing%n",
				database, acknowledged.size(), BURST.toSeconds(), SESSIONS,
				acknowledged.size() / (double) BURST.toSeconds(), acknowledged.size() - missing.size(), missing.size());
		assertThat(otherAnswers).as("saves answered with anything but the confirming redirect").hasValue(0);
		assertThat(acknowledged).as("saves confirmed before the kill").hasSizeGreaterThan(SESSIONS * 5);
		assertThat(missing).as("acknowledged contacts lost by kill -9 on %s", database).isEmpty();
	}

	private static ApplicationProcess start(Path dataDir, Map<String, String> properties) {
		ApplicationProcess.Builder builder = ApplicationProcess.builder(dataDir)
			.env("ADELANTE_DEMO", "false")
			.env("ADELANTE_ADMIN_EMAIL", ADMIN)
			.env("ADELANTE_ADMIN_PASSWORD", PASSWORD)
			.property("spring.mail.host", "");
		properties.forEach(builder::property);
		return builder.start();
	}

	private static WebSession signedInAdmin(ApplicationProcess app) {
		WebSession session = WebSession.anonymous(app.port());
		assertThat(session.signIn(ADMIN, PASSWORD)).as("the first admin signs in; see %s", app.log()).isTrue();
		return session;
	}

}
