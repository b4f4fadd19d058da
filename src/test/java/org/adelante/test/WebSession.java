package org.adelante.test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.adelante.accounts.StaffAccounts;
import org.adelante.accounts.StaffMember;
import org.adelante.shared.security.Role;
import org.adelante.shared.web.protection.FormGuard;

/**
 * A browser-less HTTP session against the running test application: it keeps cookies,
 * does not follow redirects, and adds the CSRF token to form posts, except to a form
 * opened last that carries none (the public forms sent without a session). Sessions
 * opened through {@link WebSessions} each come from their own client address, and can
 * fill in guarded public forms as a person does ({@link #fillIn}).
 *
 * <pre>
 * WebSession editor = WebSession.signedIn(port, accounts, Role.EDITOR);
 * HttpResponse&lt;String&gt; page = editor.get("/admin/posts");
 * HttpResponse&lt;String&gt; saved = editor.post("/admin/posts", "title", "Hello", "tags", "a", "tags", "b");
 * WebSession visitor = WebSession.anonymous(port).language("es");
 * HttpResponse&lt;String&gt; unchanged = visitor.get("/news", "If-None-Match", etag);
 * HttpResponse&lt;byte[]&gt; logo = visitor.getBytes("/organization/logo");
 * </pre>
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern FORM = Pattern.compile("<form\\s[^>]*method=\"post\"");

	private static final Pattern FORM_TOKEN = Pattern
		.compile("name=\"" + FormGuard.TOKEN_FIELD + "\"\\s+value=\"([^\"]+)\"");

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private String language = "en";

	private String csrfToken;

	/** Whether the form opened last carries no CSRF token, so that none is sent. */
	private boolean formWithoutCsrf;

	private StaffMember member;

	private String password;

	private String formToken;

	private String addressHeader;

	private String address;

	private Runnable fillingIn;

	private WebSession(int port) {
		this.port = port;
	}

	/**
	 * A visitor whose requests carry its address in the proxy header the application
	 * reads, and who takes its time over forms by moving the test clock.
	 */
	static WebSession visitor(int port, String addressHeader, String address, Runnable fillingIn) {
		WebSession session = new WebSession(port);
		session.addressHeader = addressHeader;
		session.address = address;
		session.fillingIn = fillingIn;
		return session;
	}

	/** A visitor who is not signed in. */
	public static WebSession anonymous(int port) {
		return new WebSession(port);
	}

	/**
	 * A new staff member with a unique email and the given roles, signed in.
	 * @throws IllegalStateException if signing in fails
	 */
	public static WebSession signedIn(int port, StaffAccounts accounts, Role... roles) {
		return new WebSession(port).signInAsNewMember(accounts, roles);
	}

	WebSession signInAsNewMember(StaffAccounts accounts, Role... roles) {
		EnumSet<Role> set = EnumSet.noneOf(Role.class);
		set.addAll(List.of(roles));
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String password = "test-password-" + unique;
		StaffMember member = accounts.create("staff-" + unique + "@test.adelante", "Test staff " + unique, password,
				set);
		if (!signIn(member.email(), password)) {
			throw new IllegalStateException("Could not sign in as " + member.email());
		}
		this.member = member;
		this.password = password;
		return this;
	}

	/**
	 * Sends requests from this client address from now on: the value of the proxy header,
	 * such as {@code 192.0.2.7} or a whole list such as {@code 198.51.100.1, 192.0.2.7}.
	 */
	public WebSession from(String address) {
		if (this.addressHeader == null) {
			throw new IllegalStateException("Open the session through WebSessions to choose its address");
		}
		this.address = address;
		return this;
	}

	/**
	 * The address this session's requests come from, or {@code null} for the
	 * connection's.
	 */
	public String address() {
		return this.address;
	}

	/** Sends {@code Accept-Language} with this language code from now on. */
	public WebSession language(String code) {
		this.language = code;
		return this;
	}

	/** Posts the sign-in form; returns whether it led into the admin. */
	public boolean signIn(String email, String password) {
		this.formWithoutCsrf = false;
		HttpResponse<String> response = post("/login", "email", email, "password", password);
		this.csrfToken = null;
		String location = response.headers().firstValue("Location").orElse("");
		return response.statusCode() == 302 && !location.contains("/login");
	}

	/** The staff member this session was created for, or {@code null}. */
	public StaffMember member() {
		return this.member;
	}

	/** The password of {@link #member()}. */
	public String password() {
		return this.password;
	}

	/**
	 * GETs the path.
	 * @param headers extra request headers as names and values in turn, such as
	 * {@code If-None-Match}; an {@code Accept-Language} among them overrides the
	 * session's language for this request
	 */
	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Like {@link #get(String, String...)}, with the body as bytes (images, logos). */
	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Opens a page with a form, as a browser does before submitting it: fails unless the
	 * page carries a form. Later posts send the form's CSRF token, or none if it has
	 * none.
	 */
	public HttpResponse<String> openForm(String path) {
		HttpResponse<String> page = get(path);
		if (!FORM.matcher(page.body()).find()) {
			throw new AssertionError("No form at " + path + " (status " + page.statusCode() + ")");
		}
		Matcher matcher = CSRF.matcher(page.body());
		this.formWithoutCsrf = !matcher.find();
		if (!this.formWithoutCsrf) {
			this.csrfToken = matcher.group(1);
		}
		Matcher formToken = FORM_TOKEN.matcher(page.body());
		this.formToken = formToken.find() ? formToken.group(1) : null;
		return page;
	}

	/**
	 * Opens a form like {@link #openForm}, then lets the time pass (on the test clock)
	 * that a person takes to fill it in, so that a guarded form accepts the posts that
	 * follow. A post straight after {@link #openForm} is one a bot would send.
	 */
	public HttpResponse<String> fillIn(String path) {
		if (this.fillingIn == null) {
			throw new IllegalStateException("Open the session through WebSessions to fill in guarded forms");
		}
		HttpResponse<String> page = openForm(path);
		this.fillingIn.run();
		return page;
	}

	/** The "shown at" token of the guarded form opened last, or {@code null}. */
	public String formToken() {
		return this.formToken;
	}

	/**
	 * Posts a form with the session's CSRF token (unless the form opened last has none)
	 * and, unless the fields name one, the "shown at" token of the guarded form opened
	 * last.
	 * @param fields names and values in turn; a name may repeat (checkboxes)
	 */
	public HttpResponse<String> post(String path, String... fields) {
		return post(path, List.of(), fields);
	}

	/**
	 * Like {@link #post(String, String...)}, with these request headers, such as the
	 * {@code Origin} and {@code Sec-Fetch-Site} a browser sends.
	 * @param headers names and values in turn
	 */
	public HttpResponse<String> post(String path, List<String> headers, String... fields) {
		List<String> all = new ArrayList<>(List.of(fields));
		if (!this.formWithoutCsrf) {
			all.add("_csrf");
			all.add(csrfToken());
		}
		if (this.formToken != null && !names(fields).contains(FormGuard.TOKEN_FIELD)) {
			all.add(FormGuard.TOKEN_FIELD);
			all.add(this.formToken);
		}
		return send(request(path, headers.toArray(String[]::new))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(all.toArray(String[]::new))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a multipart form (one with a file input) with the session's CSRF token and
	 * the "shown at" token of the guarded form opened last.
	 */
	public HttpResponse<String> post(String path, MultipartForm form) {
		form.fields("_csrf", csrfToken());
		if (this.formToken != null) {
			form.fields(FormGuard.TOKEN_FIELD, this.formToken);
		}
		return postWithoutCsrf(path, form);
	}

	private static List<String> names(String... fields) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < fields.length; i += 2) {
			names.add(fields[i]);
		}
		return names;
	}

	/**
	 * Posts a form body that is already URL-encoded (it may hold escapes that are not
	 * UTF-8), with the session's CSRF token added at its end.
	 */
	public HttpResponse<String> postEncoded(String path, String encodedBody) {
		String body = (encodedBody.isEmpty() ? "" : encodedBody + "&") + "_csrf="
				+ URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8);
		return postRaw(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Posts these exact bytes with this content type, such as a malformed multipart body;
	 * nothing is added.
	 */
	public HttpResponse<String> postRaw(String path, String contentType, byte[] body) {
		return send(request(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a multipart form exactly as given, without adding a CSRF token. */
	public HttpResponse<String> postWithoutCsrf(String path, MultipartForm form) {
		return send(request(path).header("Content-Type", form.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.toBytes()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form exactly as given, without adding a CSRF token. */
	public HttpResponse<String> postWithoutCsrf(String path, String... fields) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(fields)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A valid CSRF token for this session, read from the sign-in page's form. */
	public String csrfToken() {
		if (this.csrfToken == null) {
			String page = get("/login").body();
			Matcher matcher = CSRF.matcher(page);
			if (!matcher.find()) {
				throw new IllegalStateException("No CSRF token on the sign-in page");
			}
			this.csrfToken = matcher.group(1);
		}
		return this.csrfToken;
	}

	/**
	 * The request fields a response says it varies by, in lower case, from all its
	 * {@code Vary} headers: field names are case-insensitive, and Tomcat rewrites the
	 * header when it compresses.
	 */
	public static Set<String> vary(HttpResponse<?> response) {
		return response.headers()
			.allValues("Vary")
			.stream()
			.flatMap((value) -> Pattern.compile(",").splitAsStream(value))
			.map((name) -> name.strip().toLowerCase(Locale.ROOT))
			.filter((name) -> !name.isEmpty())
			.collect(Collectors.toSet());
	}

	/** The URL-encoded form body of names and values in turn. */
	public static String form(String... fields) {
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

	private HttpRequest.Builder request(String path, String... headers) {
		if (headers.length % 2 != 0) {
			throw new IllegalArgumentException("Headers come as name, value pairs");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.setHeader("Accept-Language", this.language);
		if (this.addressHeader != null && this.address != null) {
			request.setHeader(this.addressHeader, this.address);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		return request;
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.http.send(request, body);
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
