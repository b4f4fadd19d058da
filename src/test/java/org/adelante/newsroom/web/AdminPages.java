package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading what the admin post pages answered, for tests.
 */
final class AdminPages {

	private static final Pattern EDIT_LOCATION = Pattern.compile("/admin/posts/(\\d+)(/preview)?$");

	private AdminPages() {
	}

	/** The post a redirect to its editor (or preview) names. */
	static long idFrom(HttpResponse<String> response) {
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new AssertionError(
					"Expected a redirect to a post, got " + response.statusCode() + ":\n" + response.body()));
		Matcher matcher = EDIT_LOCATION.matcher(location);
		if (!matcher.find()) {
			throw new AssertionError("Not a post address: " + location);
		}
		return Long.parseLong(matcher.group(1));
	}

	static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

}
