package org.adelante.newsroom.media;

import java.io.ByteArrayOutputStream;
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
 * A browser-like HTTP session of a freshly created staff member who signed in through the
 * real sign-in form. Redirects are not followed, so tests see them.
 */
final class StaffSession {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final int port;

	private StaffSession(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** A session that has not signed in. */
	static StaffSession anonymous(int port) {
		return new StaffSession(port);
	}

	/** Creates a staff member with the roles and signs them in. */
	static StaffSession signIn(int port, StaffAccounts accounts, Role... roles) throws Exception {
		String email = "media-" + UUID.randomUUID() + "@test.adelante";
		String password = "pw-" + UUID.randomUUID();
		accounts.create(email, "Media Tester", password, Set.of(roles));
		StaffSession session = new StaffSession(port);
		String token = session.csrfTokenFrom("/login");
		HttpResponse<String> response = session.http.send(session.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("sign-in redirect").isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/admin"));
		return session;
	}

	/** The CSRF token of the hidden input on the page at the path. */
	String csrfTokenFrom(String path) throws Exception {
		HttpResponse<String> page = get(path);
		Matcher matcher = CSRF_INPUT.matcher(page.body());
		assertThat(matcher.find()).as("CSRF input on " + path).isTrue();
		return matcher.group(1);
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = request(path).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
		HttpRequest.Builder request = request(path).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Posts a multipart form with the CSRF token (unless {@code null}) and one file.
	 */
	HttpResponse<String> upload(String path, String csrfToken, String filename, String contentType, byte[] content,
			String... headers) throws Exception {
		String boundary = "----adelante" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (csrfToken != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
					+ "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
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
