package org.adelante.organizations;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Clean-up and checks shared by the details records: text is trimmed, blank becomes
 * absent, and websites must be absolute http(s) addresses.
 */
final class Fields {

	static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private Fields() {
	}

	/** The text without surrounding white space, or null when blank. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/** Whether the text is an absolute http or https address with a host. */
	static boolean isWebsite(String text) {
		if (text == null) {
			return false;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			return uri.isAbsolute() && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
					&& uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	static boolean tooLong(String text, int max) {
		return text != null && text.length() > max;
	}

	/** Records a problem unless the field already has one. */
	static void problem(Map<String, String> problems, String field, String key) {
		problems.putIfAbsent(field, key);
	}

}
