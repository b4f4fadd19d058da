package org.adelante.test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "Acknowledged means stored", tested by killing: the application runs in a JVM of its
 * own on a database of its own, clients write as fast as they can, the JVM is killed with
 * {@code kill -9} once enough writes are acknowledged, and after a restart on the same
 * data every acknowledged write must be there.
 *
 * <pre>
 * KillTest test = KillTest.onH2("contacts");
 * KillTest.Burst burst;
 * try (ApplicationProcess app = test.start()) {
 *     List&lt;WebSession&gt; staff = ...;
 *     burst = test.burst(app, 8, 40, (client, name) -&gt; saved(staff.get(client).post(...)));
 * }
 * try (ApplicationProcess app = test.start()) {
 *     test.assertNoneLost(burst, namesListedBy(app), "contacts");
 * }
 * </pre>
 */
public final class KillTest {

	/** The first admin of every kill test's installation. */
	public static final String ADMIN = "admin@durability.adelante";

	private static final String PASSWORD = "durability-" + UUID.randomUUID();

	/**
	 * The least time clients write before the kill, however fast they are acknowledged.
	 */
	private static final Duration LEAST_BURST = Duration.ofSeconds(2);

	private final String database;

	private final Path dataDir;

	private final Map<String, String> properties = new LinkedHashMap<>();

	private KillTest(String database, String name) {
		this.database = database;
		this.dataDir = Path.of("target", "durability",
				name + "-" + database.toLowerCase(Locale.ROOT) + "-" + System.nanoTime());
	}

	/** A kill test on the embedded database, in a data folder of its own. */
	public static KillTest onH2(String name) {
		return new KillTest("H2", name);
	}

	/**
	 * A kill test on a fresh PostgreSQL database; skipped, and saying so, unless the run
	 * asks for PostgreSQL.
	 */
	public static KillTest onPostgres(String name) {
		if (!TestInfrastructure.onPostgres()) {
			System.out.println("[durability] PostgreSQL not requested (ADELANTE_TEST_POSTGRES): " + name
					+ " kill test skipped there");
		}
		assumeTrue(TestInfrastructure.onPostgres(), "runs with ADELANTE_TEST_POSTGRES=true");
		return new KillTest("PostgreSQL", name)
			.property("spring.datasource.url", TestInfrastructure.freshPostgresUrl("adelante_" + name))
			.property("spring.datasource.username", "postgres")
			.property("spring.datasource.password", "");
	}

	/** A setting of the application process, such as a relaxed rate limit. */
	public KillTest property(String name, String value) {
		this.properties.put(name, value);
		return this;
	}

	/**
	 * Starts the application on this test's data, without demo content or SMTP, and waits
	 * until it is ready.
	 */
	public ApplicationProcess start() {
		ApplicationProcess.Builder builder = ApplicationProcess.builder(this.dataDir)
			.env("ADELANTE_DEMO", "false")
			.env("ADELANTE_ADMIN_EMAIL", ADMIN)
			.env("ADELANTE_ADMIN_PASSWORD", PASSWORD)
			.property("spring.mail.host", "");
		this.properties.forEach(builder::property);
		ApplicationProcess app = builder.start();
		app.awaitReady();
		return app;
	}

	/** A session of the first admin. */
	public WebSession signedInAdmin(ApplicationProcess app) {
		WebSession session = WebSession.anonymous(app.port());
		assertThat(session.signIn(ADMIN, PASSWORD)).as("the first admin signs in; see %s", app.log()).isTrue();
		return session;
	}

	/**
	 * Writes from so many clients, each one write after another, each with a name of its
	 * own, until at least {@code acknowledgedBeforeKill} are acknowledged (and at least
	 * two seconds passed) or any write gets another answer; then kills the JVM.
	 */
	public Burst burst(ApplicationProcess app, int clients, int acknowledgedBeforeKill, Write write)
			throws InterruptedException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger otherAnswers = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService writers = Executors.newFixedThreadPool(clients);
		for (int i = 0; i < clients; i++) {
			int client = i;
			writers.execute(() -> {
				for (int n = 0; !killed.get(); n++) {
					// The trailing dot keeps "1-1." from matching inside "1-12.".
					String name = "Survivor " + run + " " + client + "-" + n + ".";
					boolean stored;
					try {
						stored = write.send(client, name);
					}
					catch (IllegalStateException ex) {
						return; // the connection died with the JVM: not acknowledged
					}
					catch (AssertionError ex) {
						otherAnswers.incrementAndGet(); // a page without the form to send
						return;
					}
					if (stored) {
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
			.until(() -> acknowledged.size() >= acknowledgedBeforeKill || otherAnswers.get() > 0);
		Duration burst = Duration.ofNanos(System.nanoTime() - started);
		killed.set(true);
		app.kill();
		writers.shutdown();
		assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).as("writers stop once the JVM is gone").isTrue();
		synchronized (acknowledged) {
			return new Burst(List.copyOf(acknowledged), otherAnswers.get(), burst, clients, acknowledgedBeforeKill);
		}
	}

	/**
	 * Reports the burst and fails unless every write got the acknowledging answer, enough
	 * were made, and every acknowledged one is among those stored after the restart.
	 * @param what what was written, in the plural, such as "signatures"
	 */
	public void assertNoneLost(Burst burst, Collection<String> stored, String what) {
		List<String> missing = burst.acknowledged().stream().filter((name) -> !stored.contains(name)).toList();
		double seconds = burst.duration().toMillis() / 1000.0;
		System.out.printf(Locale.ROOT,
				"[durability] %s: %d %s acknowledged in %.1f s by %d clients (%.0f/s), %d stored after kill -9 and restart, %d acknowledged ones missing%n",
				this.database, burst.acknowledged().size(), what, seconds, burst.clients(),
				burst.acknowledged().size() / seconds, stored.size(), missing.size());
		assertThat(burst.otherAnswers()).as("%s answered with anything but the acknowledgement", what).isZero();
		assertThat(burst.acknowledged()).as("%s acknowledged before the kill", what)
			.hasSizeGreaterThanOrEqualTo(burst.acknowledgedBeforeKill());
		assertThat(missing).as("acknowledged %s lost by kill -9 on %s", what, this.database).isEmpty();
	}

	/** One write of one client. */
	@FunctionalInterface
	public interface Write {

		/**
		 * Sends the write named so.
		 * @param client which client sends it, from 0
		 * @param name the name that finds it again after the restart
		 * @return whether the answer acknowledged it
		 * @throws IllegalStateException when the connection died with the JVM
		 */
		boolean send(int client, String name);

	}

	/**
	 * What a burst did before the kill.
	 *
	 * @param acknowledged the names of the acknowledged writes
	 * @param otherAnswers how many writes got another answer
	 * @param duration how long the clients wrote
	 * @param clients how many wrote
	 * @param acknowledgedBeforeKill how many acknowledgements it waited for
	 */
	public record Burst(List<String> acknowledged, int otherAnswers, Duration duration, int clients,
			int acknowledgedBeforeKill) {
	}

}
