package org.adelante.shared;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Installation settings, bound from {@code adelante.*} properties or {@code ADELANTE_*}
 * environment variables.
 *
 * @param dataDir the folder holding the embedded database and uploads
 * @param baseUrl the public address used for absolute links in emails and canonical URLs
 * @param demo whether a fresh install loads the demo content
 * @param admin the first administrator
 * @param scheduler background work settings
 * @param mail outgoing mail settings
 */
@ConfigurationProperties("adelante")
public record AdelanteProperties(Path dataDir, String baseUrl, boolean demo, Admin admin, Scheduler scheduler,
		Mail mail) {

	public AdelanteProperties {
		dataDir = (dataDir != null) ? dataDir : Path.of("data");
		baseUrl = (baseUrl != null) ? stripTrailingSlash(baseUrl) : "http://localhost:8080";
		admin = (admin != null) ? admin : new Admin("admin@adelante.local", "");
		scheduler = (scheduler != null) ? scheduler : new Scheduler(Duration.ofSeconds(10));
		mail = (mail != null) ? mail : new Mail("newsroom@adelante.local");
	}

	/** Where uploaded media files are kept. */
	public Path mediaDir() {
		return this.dataDir.resolve("media");
	}

	/** An absolute URL for a site path such as {@code /news/a-slug}. */
	public String absolute(String path) {
		return this.baseUrl + path;
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	public record Admin(String email, String password) {
	}

	public record Scheduler(Duration pollingInterval) {
	}

	public record Mail(String from) {
	}

}
