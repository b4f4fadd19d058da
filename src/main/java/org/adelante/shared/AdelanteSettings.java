package org.adelante.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Installation-wide settings every module may read, bound from {@code adelante.*}
 * properties or {@code ADELANTE_*} environment variables. Each module keeps its own
 * settings in its own record.
 *
 * @param dataDir the folder holding the embedded database and uploads
 * @param baseUrl the public address used for absolute links in emails and canonical URLs
 */
@ConfigurationProperties("adelante")
public record AdelanteSettings(Path dataDir, String baseUrl) {

	public AdelanteSettings {
		dataDir = (dataDir != null) ? dataDir : Path.of("data");
		baseUrl = (baseUrl != null) ? stripTrailingSlash(baseUrl) : "http://localhost:8080";
	}

	/** An absolute URL for a site path such as {@code /news/a-slug}. */
	public String absolute(String path) {
		return this.baseUrl + path;
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
