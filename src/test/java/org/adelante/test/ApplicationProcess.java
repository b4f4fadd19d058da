package org.adelante.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Adelante running in a separate JVM, as {@code java -jar} runs it, so that a test can
 * watch its start from outside or kill it with {@code kill -9}. The JVM gets the test
 * run's class path without the test classes, a free port, and only the settings given
 * here (no test profile, no shared test context).
 *
 * <pre>
 * try (ApplicationProcess app = ApplicationProcess.builder(dataDir).env("ADELANTE_DEMO", "false").start()) {
 *     app.awaitPort();
 *     WebSession admin = WebSession.anonymous(app.port());
 *     app.kill();
 * }
 * </pre>
 */
public final class ApplicationProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private final Process process;

	private final int port;

	private final Path log;

	private ApplicationProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** A JVM that keeps its database (when embedded) and media under this folder. */
	public static Builder builder(Path dataDir) {
		return new Builder(dataDir);
	}

	/** A TCP port nothing listens on at the moment. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.port;
	}

	/** The JVM's console output, for messages when something fails. */
	public Path log() {
		return this.log;
	}

	/** The lines the JVM has written to its console so far. */
	public List<String> logLines() {
		try {
			return Files.readAllLines(this.log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits, checking every few milliseconds, until the server accepts a TCP connection:
	 * the first moment a client could send a request.
	 */
	public void awaitPort() {
		await().atMost(START_TIMEOUT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2)).until(() -> {
			if (!this.process.isAlive()) {
				throw new AssertionError(
						"The application exited with " + this.process.exitValue() + "; see " + this.log);
			}
			return accepts();
		});
	}

	/**
	 * Waits until {@code /actuator/health/readiness} answers 200, as a load balancer
	 * waits before sending traffic.
	 */
	public void awaitReady() {
		awaitPort();
		WebSession probe = WebSession.anonymous(this.port);
		await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> {
			if (!this.process.isAlive()) {
				throw new AssertionError(
						"The application exited with " + this.process.exitValue() + "; see " + this.log);
			}
			return probe.get("/actuator/health/readiness").statusCode() == 200;
		});
	}

	/** Kills the JVM as {@code kill -9} does: no shutdown hooks, nothing flushed. */
	public void kill() {
		this.process.destroyForcibly();
		waitForExit();
	}

	/** Stops the JVM as {@code kill} does, letting it shut down gracefully. */
	public void stop() {
		this.process.destroy();
		waitForExit();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 100);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void waitForExit() {
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** What the JVM is started with. */
	public static final class Builder {

		private final Path dataDir;

		private final Map<String, String> env = new LinkedHashMap<>();

		private final Map<String, String> properties = new LinkedHashMap<>();

		private final int port = freePort();

		private Builder(Path dataDir) {
			this.dataDir = dataDir;
		}

		/** An environment variable, such as {@code ADELANTE_DEMO}. */
		public Builder env(String name, String value) {
			this.env.put(name, value);
			return this;
		}

		/**
		 * A Spring property passed on the command line, such as {@code spring.mail.host}.
		 */
		public Builder property(String name, String value) {
			this.properties.put(name, value);
			return this;
		}

		public ApplicationProcess start() {
			try {
				Files.createDirectories(this.dataDir);
				Path log = Files.createTempFile(this.dataDir, "application-", ".log");
				List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-cp",
						applicationClassPath(), "org.adelante.AdelanteApplication", "--server.port=" + this.port,
						"--adelante.data-dir=" + this.dataDir.toAbsolutePath()));
				this.properties.forEach((name, value) -> command.add("--" + name + "=" + value));
				ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(log.toFile());
				// Only what the test says: nothing from the shell that runs the build.
				builder.environment()
					.keySet()
					.removeIf((name) -> name.startsWith("ADELANTE_") || name.startsWith("SPRING_"));
				builder.environment().putAll(this.env);
				return new ApplicationProcess(builder.start(), this.port, log);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static String javaExecutable() {
			return Path.of(System.getProperty("java.home"), "bin", "java").toString();
		}

		/** The test run's class path without the test classes: the product as shipped. */
		private static String applicationClassPath() {
			String testClasses;
			try {
				testClasses = Path
					.of(ApplicationProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI())
					.toAbsolutePath()
					.toString();
			}
			catch (URISyntaxException ex) {
				throw new IllegalStateException(ex);
			}
			return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter((entry) -> !Path.of(entry).toAbsolutePath().toString().equals(testClasses))
				.collect(Collectors.joining(File.pathSeparator));
		}

	}

}
