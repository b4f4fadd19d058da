package org.adelante.organizations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.adelante.accounts.Role;
import org.adelante.accounts.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser-like HTTP client for integration tests: keeps cookies, signs in as a new
 * staff member with the given roles, and sends forms with the CSRF token read from the
 * page that holds the form.
 */
final class StaffSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final int port;

	private String language = "en";

	private StaffSession(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** A visitor who is not signed in. */
	static StaffSession anonymous(int port) {
		return new StaffSession(port);
	}

	/** Creates a staff member with the roles and signs in as them. */
	static StaffSession signIn(int port, StaffAccounts accounts, Role first, Role... more) {
		String email = "staff-" + UUID.randomUUID() + "@test.adelante";
		String password = "pw-" + UUID.randomUUID();
		accounts.create(email, "Test " + first, password, EnumSet.of(first, more));
		StaffSession session = new StaffSession(port);
		HttpResponse<String> response = session.post("/login", "/login", Map.of("email", email, "password", password));
		assertThat(response.statusCode()).as("sign-in").isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).as("sign-in redirect").endsWith("/admin"));
		return session;
	}

	/** Sends {@code Accept-Language} for this language from now on. */
	StaffSession speaking(String language) {
		this.language = language;
		return this;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> getBytes(String path, String... headers) {
		HttpRequest.Builder request = request(path).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The CSRF token in the page at the path, which must have a form. */
	String csrfToken(String formPage) {
		HttpResponse<String> page = get(formPage);
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("CSRF token in " + formPage + " (status " + page.statusCode() + ")").isTrue();
		return matcher.group(1);
	}

	/** Sends a form as the page at {@code formPage} would, with its CSRF token. */
	HttpResponse<String> post(String formPage, String action, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken(formPage));
		return postWithoutCsrf(action, withToken);
	}

	HttpResponse<String> postWithoutCsrf(String action, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Sends a multipart form with one file, with the CSRF token of the form's page. */
	HttpResponse<String> postMultipart(String formPage, String action, Map<String, String> fields, FilePart file) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken(formPage));
		return postMultipartWithoutCsrf(action, withToken, file);
	}

	HttpResponse<String> postMultipartWithoutCsrf(String action, Map<String, String> fields, FilePart file) {
		String boundary = "----adelante" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n");
		}
		if (file != null) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
					+ "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
			body.writeBytes(file.bytes());
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", this.language);
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.http.send(request, handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A file in a multipart form. */
	record FilePart(String field, String filename, String contentType, byte[] bytes) {
	}

}
