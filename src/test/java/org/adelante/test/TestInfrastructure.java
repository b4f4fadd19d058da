package org.adelante.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts what integration tests talk to: a real SMTP server (GreenMail) and, when the
 * {@code adelante.test.postgres} system property is true, a fresh PostgreSQL database on
 * the local server instead of the in-memory H2 one.
 */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The SMTP server every integration test's mail goes to. */
	public static final GreenMail SMTP = startSmtp();

	private static final String POSTGRES_URL = System.getProperty("adelante.test.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/");

	private static String database;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", SMTP.getSmtp().getPort());
		if (Boolean.getBoolean("adelante.test.postgres")) {
			properties.put("spring.datasource.url", POSTGRES_URL + postgresDatabase());
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("adelanteTest", properties));
	}

	public static boolean onPostgres() {
		return Boolean.getBoolean("adelante.test.postgres");
	}

	private static synchronized String postgresDatabase() {
		if (database == null) {
			database = freshPostgresDatabase("adelante_test");
			System.out.println("[adelante] integration tests run on PostgreSQL database " + database);
		}
		return database;
	}

	/**
	 * Creates an empty database on the local PostgreSQL server, dropped when the test run
	 * ends, for a test that starts the application on its own.
	 * @param prefix the start of the database name, such as {@code adelante_durability}
	 * @return the JDBC URL of the new database (user {@code postgres}, no password)
	 */
	public static String freshPostgresUrl(String prefix) {
		return POSTGRES_URL + freshPostgresDatabase(prefix);
	}

	private static String freshPostgresDatabase(String prefix) {
		String name = prefix + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL tests were asked for, but no database could be created at "
					+ POSTGRES_URL + " (" + ex.getMessage() + ")", ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
		return name;
	}

	private static void drop(String name) {
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ex) {
			System.out.println("[adelante] could not drop test database " + name + ": " + ex.getMessage());
		}
	}

	private static GreenMail startSmtp() {
		GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
		return greenMail;
	}

}
