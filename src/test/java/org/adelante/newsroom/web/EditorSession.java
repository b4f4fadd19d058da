package org.adelante.newsroom.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.accounts.Role;
import org.adelante.accounts.StaffAccounts;

/**
 * An HTTP session against the running test application, signed in as a new staff member:
 * it keeps cookies, does not follow redirects and adds the CSRF token to posts, including
 * multipart ones.
 */
final class EditorSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private String language = "en";

	private String csrfToken;

	private EditorSession(int port) {
		this.port = port;
	}

	static EditorSession anonymous(int port) {
		return new EditorSession(port);
	}

	/** A new staff member with a unique email and these roles, signed in. */
	static EditorSession signedIn(int port, StaffAccounts accounts, Role... roles) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String email = "editor-" + unique + "@test.adelante";
		String password = "test-password-" + unique;
		EnumSet<Role> set = EnumSet.noneOf(Role.class);
		set.addAll(List.of(roles));
		accounts.create(email, "Editor " + unique, password, set);
		EditorSession session = new EditorSession(port);
		HttpResponse<String> response = session.post("/login", "email", email, "password", password);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("Could not sign in as " + email);
		}
		session.csrfToken = null;
		return session;
	}

	EditorSession language(String code) {
		this.language = code;
		return this;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	/** Posts a form (names and values in turn) with the session's CSRF token. */
	HttpResponse<String> post(String path, String... fields) {
		return postWithoutCsrf(path, withToken(fields));
	}

	HttpResponse<String> postWithoutCsrf(String path, String... fields) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields)))
			.build());
	}

	/** Posts a multipart form with the session's CSRF token. */
	HttpResponse<String> post(String path, Multipart multipart) {
		multipart.fields("_csrf", csrfToken());
		return send(request(path).header("Content-Type", multipart.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toBytes()))
			.build());
	}

	/** A valid CSRF token for this session, read from the sign-in page. */
	String csrfToken() {
		if (this.csrfToken == null) {
			Matcher matcher = CSRF.matcher(get("/login").body());
			if (!matcher.find()) {
				throw new IllegalStateException("No CSRF token on the sign-in page");
			}
			this.csrfToken = matcher.group(1);
		}
		return this.csrfToken;
	}

	private String[] withToken(String... fields) {
		String[] all = new String[fields.length + 2];
		System.arraycopy(fields, 0, all, 0, fields.length);
		all[fields.length] = "_csrf";
		all[fields.length + 1] = csrfToken();
		return all;
	}

	static String form(String... fields) {
		if (fields.length % 2 != 0) {
			throw new IllegalArgumentException("Fields come as name, value pairs");
		}
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < fields.length; i += 2) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode((fields[i + 1] != null) ? fields[i + 1] : "", StandardCharsets.UTF_8));
		}
		return body.toString();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", this.language);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
