package org.adelante.organizations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Domains anyone can get an email address or a web page at (free email, internet
 * providers, blog and social sites), which therefore never identify an organisation. The
 * list is {@value #RESOURCE}; a domain is shared when it or a domain it is under is
 * listed.
 */
final class FreeMailDomains {

	static final String RESOURCE = "/organizations/free-mail-domains.txt";

	/** The list Adelante ships. */
	static final FreeMailDomains LISTED = load(RESOURCE);

	/**
	 * The endings a "name.*" entry stands for: com or net, a country, or com, co or net
	 * under a country (never org, edu or gov, where organisations live).
	 */
	private static final Pattern ANY_ENDING = Pattern.compile("(?:com|net|[a-z]{2}|(?:com|co|net)\\.[a-z]{2})");

	private final Set<String> domains;

	private final Set<String> names;

	FreeMailDomains(List<String> entries) {
		this.domains = new HashSet<>();
		this.names = new HashSet<>();
		for (String entry : entries) {
			String line = entry.strip().toLowerCase(Locale.ROOT);
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.endsWith(".*")) {
				this.names.add(line.substring(0, line.length() - 2));
			}
			else {
				this.domains.add(line);
			}
		}
	}

	/**
	 * Whether the domain (a lower-case key such as {@link OrganizationNames#domain}
	 * makes) is shared by everyone who uses a listed service; {@code false} for
	 * {@code null}.
	 */
	boolean isShared(String domain) {
		if (domain == null) {
			return false;
		}
		String rest = domain;
		while (rest.indexOf('.') > 0) {
			if (this.domains.contains(rest)) {
				return true;
			}
			int dot = rest.indexOf('.');
			if (this.names.contains(rest.substring(0, dot)) && ANY_ENDING.matcher(rest.substring(dot + 1)).matches()) {
				return true;
			}
			rest = rest.substring(dot + 1);
		}
		return false;
	}

	private static FreeMailDomains load(String resource) {
		try (InputStream in = FreeMailDomains.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			return new FreeMailDomains(
					new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
