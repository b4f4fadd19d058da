package org.adelante.newsroom.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.accounts.Role;
import org.adelante.accounts.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone reading the site over HTTP: an anonymous reader, or a staff member who signed
 * in through the real form. Redirects are not followed, so tests see them; cookies are
 * kept like a browser keeps them.
 */
final class Reader {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final int port;

	private Reader(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	static Reader anonymous(int port) {
		return new Reader(port);
	}

	/** Creates an editor and signs them in. */
	static Reader staff(int port, StaffAccounts accounts) throws Exception {
		String email = "newsroom-" + UUID.randomUUID() + "@test.adelante";
		String password = "pw-" + UUID.randomUUID();
		accounts.create(email, "Newsroom Tester", password, Set.of(Role.EDITOR));
		Reader reader = new Reader(port);
		HttpResponse<String> login = reader.get("/login");
		Matcher token = CSRF_INPUT.matcher(login.body());
		assertThat(token.find()).as("CSRF token on the sign-in page").isTrue();
		HttpResponse<String> response = reader.http.send(reader.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("sign-in redirect").isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/admin"));
		return reader;
	}

	/** A GET in English unless an {@code Accept-Language} header is given. */
	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = request(path).GET();
		boolean language = false;
		for (int i = 0; i < headers.length; i += 2) {
			language |= headers[i].equalsIgnoreCase("Accept-Language");
		}
		if (!language) {
			request.header("Accept-Language", "en");
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
