package org.adelante.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts what integration tests talk to: a real SMTP server (GreenMail, unless a test
 * class turns it off with {@value #SMTP_SWITCH}) and, when the
 * {@code adelante.test.postgres} system property is true, a fresh PostgreSQL database on
 * the local server instead of the in-memory H2 one.
 */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * The property that, set to {@code false} for a test class, leaves its mail in the
	 * outbox as a fresh installation without SMTP does, instead of sending it to
	 * {@link #SMTP}.
	 */
	public static final String SMTP_SWITCH = "adelante.test.smtp";

	/** The SMTP server every integration test's mail goes to. */
	public static final GreenMail SMTP = startSmtp();

	private static final String POSTGRES_URL = System.getProperty("adelante.test.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/");

	/** A test database's name: a prefix, the process that made it, and a time. */
	private static final Pattern TEST_DATABASE = Pattern.compile("adelante_[a-z_]+_(\\d+)_\\d+");

	private static String database;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		if (context.getEnvironment().getProperty(SMTP_SWITCH, Boolean.class, true)) {
			properties.put("spring.mail.host", "127.0.0.1");
			properties.put("spring.mail.port", SMTP.getSmtp().getPort());
		}
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
	 * Creates an empty database on the local PostgreSQL server for a test that starts the
	 * application on its own. Test databases are dropped by the next run, once the run
	 * that made them has ended: dropping them as this one ends would race the application
	 * contexts still closing on them.
	 * @param prefix the start of the database name, such as {@code adelante_durability}
	 * @return the JDBC URL of the new database (user {@code postgres}, no password)
	 */
	public static String freshPostgresUrl(String prefix) {
		return POSTGRES_URL + freshPostgresDatabase(prefix);
	}

	private static synchronized String freshPostgresDatabase(String prefix) {
		String name = prefix + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			dropLeftovers(connection);
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL tests were asked for, but no database could be created at "
					+ POSTGRES_URL + " (" + ex.getMessage() + ")", ex);
		}
		return name;
	}

	/** Drops the test databases of runs that have ended (their process is gone). */
	private static void dropLeftovers(Connection connection) throws SQLException {
		List<String> leftovers = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet names = statement
					.executeQuery("select datname from pg_database where datname like 'adelante\\_%'")) {
			while (names.next()) {
				Matcher matcher = TEST_DATABASE.matcher(names.getString(1));
				if (matcher.matches() && ProcessHandle.of(Long.parseLong(matcher.group(1))).isEmpty()) {
					leftovers.add(names.getString(1));
				}
			}
		}
		for (String name : leftovers) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
			catch (SQLException ex) {
				System.out.println("[adelante] could not drop old test database " + name + ": " + ex.getMessage());
			}
		}
	}

	private static GreenMail startSmtp() {
		GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
		return greenMail;
	}

}
