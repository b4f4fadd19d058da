package org.adelante;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.adelante.test.ApplicationProcess;
import org.adelante.test.TestInfrastructure;
import org.adelante.test.WebSession;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Ready means ready: a fresh installation (on H2, or on PostgreSQL when the run asks for
 * it), started as {@code java -jar} starts it, has its first administrator and its demo
 * content before the server opens its port, so the very first request already finds them;
 * it reports itself healthy and ready although its SMTP server cannot be reached (mail
 * waits in the outbox); and nodes that start together on one database do the first-start
 * work once.
 */
class FirstStartIntegrationTests {

	private static final String ADMIN = "admin@first-start.adelante";

	private static final String PASSWORD = "first-start-" + UUID.randomUUID();

	private static final String DEMO_RELEASE = "More than 120 organisations call for an independent review of water allocations";

	private static final String LISTENING = "Tomcat started on port";

	@Test
	void theFirstRequestTheServerAcceptsFindsTheFirstAdminAndTheDemoContent() {
		int unreachableSmtp = ApplicationProcess.freePort();
		ApplicationProcess.Builder node = node(Path.of("target", "first-start", "node-" + System.nanoTime()));
		if (TestInfrastructure.onPostgres()) {
			onPostgres(node, TestInfrastructure.freshPostgresUrl("adelante_first_start"));
		}
		try (ApplicationProcess app = node.property("spring.mail.host", "127.0.0.1")
			.property("spring.mail.port", Integer.toString(unreachableSmtp))
			.start()) {
			app.awaitPort();

			WebSession admin = WebSession.anonymous(app.port());
			assertThat(admin.signIn(ADMIN, PASSWORD)).as("signing in the moment the port opens; see %s", app.log())
				.isTrue();
			HttpResponse<String> home = WebSession.anonymous(app.port()).get("/");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).as("the first home page a visitor (or a shared cache) gets").contains(DEMO_RELEASE);

			// A request can come a moment after the port opens, so also check that the
			// work was done before it opened at all.
			List<String> log = app.logLines();
			assertThat(line(log, "Adelante created the first administrator"))
				.as("first admin created, in %s", app.log())
				.isLessThan(line(log, LISTENING));
			assertThat(line(log, "Loaded the demo content")).as("demo content loaded, in %s", app.log())
				.isLessThan(line(log, LISTENING));

			app.awaitReady();
			HttpResponse<String> health = WebSession.anonymous(app.port()).get("/actuator/health");
			assertThat(health.statusCode()).as("health with an unreachable SMTP server: %s", health.body())
				.isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"");
			app.stop();
		}
	}

	@Test
	void nodesStartingTogetherOnOneDatabaseCreateTheFirstAdminAndTheDemoContentOnce() throws SQLException {
		if (!TestInfrastructure.onPostgres()) {
			System.out
				.println("[first-start] PostgreSQL not requested (ADELANTE_TEST_POSTGRES): two-node start skipped");
		}
		assumeTrue(TestInfrastructure.onPostgres(), "runs with ADELANTE_TEST_POSTGRES=true");
		String url = TestInfrastructure.freshPostgresUrl("adelante_first_start");
		// Spring Modulith creates its table with CREATE TABLE IF NOT EXISTS, which two
		// nodes racing on an empty database can both attempt and one then fails; here the
		// schema already exists, as after an earlier release's start, so the nodes race
		// only over the first-start work.
		Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
		try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
			ScriptUtils.executeSqlScript(connection,
					new ClassPathResource("org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql"));
		}
		Path folder = Path.of("target", "first-start", "postgresql-" + System.nanoTime());
		try (ApplicationProcess one = onPostgres(node(folder.resolve("one")), url).property("spring.mail.host", "")
			.start();
				ApplicationProcess two = onPostgres(node(folder.resolve("two")), url).property("spring.mail.host", "")
					.start()) {
			one.awaitPort();
			two.awaitPort();
			for (ApplicationProcess node : List.of(one, two)) {
				assertThat(WebSession.anonymous(node.port()).signIn(ADMIN, PASSWORD)).as("sign-in on %s", node.log())
					.isTrue();
				assertThat(WebSession.anonymous(node.port()).get("/").body()).contains(DEMO_RELEASE);
			}
			one.stop();
			two.stop();
		}
		try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
			assertThat(count(connection, "select count(*) from staff")).as("staff accounts").isEqualTo(1);
			assertThat(count(connection, "select count(*) from posts where title like 'More than 120 organisations%'"))
				.as("copies of a demo release")
				.isEqualTo(1);
		}
	}

	private static ApplicationProcess.Builder node(Path dataDir) {
		return ApplicationProcess.builder(dataDir)
			.env("ADELANTE_DEMO", "true")
			.env("ADELANTE_ADMIN_EMAIL", ADMIN)
			.env("ADELANTE_ADMIN_PASSWORD", PASSWORD);
	}

	private static ApplicationProcess.Builder onPostgres(ApplicationProcess.Builder node, String url) {
		return node.property("spring.datasource.url", url)
			.property("spring.datasource.username", "postgres")
			.property("spring.datasource.password", "");
	}

	/** The index of the first log line containing the text. */
	private static int line(List<String> log, String text) {
		for (int i = 0; i < log.size(); i++) {
			if (log.get(i).contains(text)) {
				return i;
			}
		}
		throw new AssertionError("No log line contains \"" + text + "\"");
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
