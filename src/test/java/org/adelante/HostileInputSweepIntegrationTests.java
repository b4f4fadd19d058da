package org.adelante;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.adelante.accounts.StaffAccounts;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.letters.Letters;
import org.adelante.letters.Signers;
import org.adelante.newsroom.MediaContact;
import org.adelante.newsroom.MediaContacts;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Posts;
import org.adelante.newsroom.media.TestImages;
import org.adelante.organizations.OrganizationDetails;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.RestoreOwnOrganization;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HostileValues;
import org.adelante.test.HostileValues.Value;
import org.adelante.test.MultipartForm;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input, swept rather than sampled: every request mapping the application
 * declares (found from its handler mappings, so a new page is swept without a line here)
 * gets every kind of {@link HostileValues hostile value} in each of its path variables,
 * query parameters and form fields (read from its handler's {@code @RequestParam}s and
 * form records), and in the {@code lang} parameter every page reads, as an anonymous
 * visitor and as a signed-in admin, with valid CSRF tokens; an upload field also gets a
 * hostile file name. No answer may be a server error or show a stack trace.
 * <p>
 * The other fields of a form carry plausible values, so that a hostile value in one field
 * gets as far as the form lets it: into the database and back onto a page. Path variables
 * name things that exist where there are any, so that a form posted to them is read.
 */
@AdelanteIntegrationTest
class HostileInputSweepIntegrationTests {

	/** What a stack trace, an exception's name or the server's identity looks like. */
	private static final Pattern LEAK = Pattern.compile("Exception|Caused by:|\\bat (?:java|jakarta|org|com)\\.\\w"
			+ "|(?:java\\.lang|org\\.springframework|org\\.apache|org\\.h2|org\\.postgresql)\\.|Apache Tomcat");

	/** The parameter the language switch reads on every page. */
	private static final String LANGUAGE_SWITCH = "lang";

	private static final byte[] IMAGE = TestImages.jpeg(40, 30);

	private static final AtomicInteger serial = new AtomicInteger();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	WebSessions web;

	@Autowired
	Newsroom newsroom;

	@Autowired
	MediaContacts contacts;

	@Autowired
	Organizations organizations;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	Letters letters;

	@Autowired
	ApplicationContext context;

	@RegisterExtension
	final RestoreOwnOrganization own = new RestoreOwnOrganization();

	/** The longest path variable sent with a form body, in characters of the address. */
	private static final int LONGEST_POSTED_PATH_VALUE = 4096;

	/** Keys of things that exist, by the area whose path variable names them. */
	private final Map<String, String> existing = new LinkedHashMap<>();

	@BeforeEach
	void createThingsToPostTo() {
		String unique = "sweep-" + serial.incrementAndGet() + "-" + System.nanoTime();
		this.existing.put("/admin/posts/", String.valueOf(this.newsroom.create(Posts.pressRelease(unique)).id()));
		this.existing.put("/admin/contacts/",
				String.valueOf(this.contacts
					.create(new MediaContact.Details("Sweep " + unique, null, unique + "@example.org", null))
					.id()));
		this.existing.put("/admin/organizations/",
				String.valueOf(this.organizations
					.create(new OrganizationDetails("Sweep " + unique, null, null, null, null, null))
					.id()));
		Letter letter = new LetterFixtures(this.context)
			.open(LetterDraft.titled("Sweep " + unique).signers(Signers.BOTH));
		this.existing.put("/admin/letters/", String.valueOf(letter.id()));
		this.existing.put("/letters/", letter.slug());
		this.existing.put("/admin/staff/", String.valueOf(this.accounts
			.create(unique + "@test.adelante", "Sweep " + unique, "sweep-password-" + unique, EnumSet.of(Role.EDITOR))
			.id()));
	}

	@Test
	void theSweepFindsThePagesAndTheirFields() {
		Map<String, Endpoint> endpoints = new TreeMap<>();
		endpoints().forEach((endpoint) -> endpoints.put(endpoint.method() + " " + endpoint.pattern(), endpoint));
		assertThat(endpoints).containsKeys("GET /", "GET /news", "GET /news/{slug}", "POST /admin/posts",
				"GET /letters/{slug}", "POST /letters/{slug}/sign", "POST /admin/letters/{id}",
				"POST /signatures/confirm/{token}", "POST /admin/contacts/{id}", "POST /admin/organizations",
				"POST /admin/settings", "POST /admin/staff", "POST /admin/account/name", "POST /password-reset",
				"GET /admin/outbox");
		assertThat(endpoints.get("POST /admin/posts").fields()).contains("title", "tags", "contactIds", "action")
			.hasSizeGreaterThan(25);
		assertThat(endpoints.get("POST /admin/posts").files()).containsExactly("leadImageFile");
		assertThat(endpoints.get("GET /news").fields()).containsExactly("kind", "page", LANGUAGE_SWITCH);
		assertThat(endpoints.get("POST /admin/staff").fields()).containsExactly("name", "email", "roles", "language",
				LANGUAGE_SWITCH);
		assertThat(endpoints.get("GET /news/{slug}").pathVariables()).containsExactly("slug");
		assertThat(endpoints.keySet()).noneMatch((key) -> key.contains("/test/"));
	}

	@Test
	void noHostileValueAnywhereGetsAServerErrorOrAStackTrace() {
		List<WebSession> sessions = List.of(this.web.anonymous(), this.web.signedIn(Role.ADMIN));
		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int requests = 0;
		int round = 0;
		long started = System.nanoTime();
		for (Endpoint endpoint : endpoints()) {
			for (Slot slot : endpoint.slots()) {
				for (Value value : HostileValues.onePerKind(round++)) {
					if (!value.fitsInAnAddress() && (slot.isPathVariable() || endpoint.method().equals("GET"))) {
						continue;
					}
					if (slot.isPathVariable() && !endpoint.method().equals("GET")
							&& value.pathSegment().length() > LONGEST_POSTED_PATH_VALUE) {
						// The server refuses a request line this long before reading the
						// body, so the client may see a broken pipe instead of the 400
						// that the GET sweep checks.
						continue;
					}
					for (WebSession session : sessions) {
						// A new address each time, so that rate limits let every value
						// in.
						session.from(WebSessions.nextAddress());
						HttpResponse<String> response = send(session, endpoint, slot, value);
						requests++;
						statuses.merge(response.statusCode(), 1, Integer::sum);
						String problem = problem(response);
						if (problem != null) {
							failures.add(endpoint.method() + " " + endpoint.pattern() + " with " + slot.name() + " = "
									+ value + ((session.member() != null) ? " as an admin" : " as a visitor") + ": "
									+ problem);
						}
					}
				}
			}
		}
		System.out.printf("[adelante] hostile sweep: %d requests in %d s, by status %s%n", requests,
				(System.nanoTime() - started) / 1_000_000_000, statuses);
		assertThat(failures).as("answers to hostile input").isEmpty();
	}

	/** Why the answer is not acceptable, or {@code null}. */
	private static String problem(HttpResponse<String> response) {
		if (response.statusCode() >= 500) {
			return "status " + response.statusCode();
		}
		var leak = LEAK.matcher(response.body());
		return leak.find() ? "the page shows \"" + leak.group() + "\"" : null;
	}

	private HttpResponse<String> send(WebSession session, Endpoint endpoint, Slot slot, Value value) {
		String path = path(endpoint, slot, value);
		if (endpoint.method().equals("GET")) {
			return session.get(path + (slot.isPathVariable() ? "" : "?" + slot.name() + "=" + value.encoded()));
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (String field : endpoint.fields()) {
			fields.put(field, URLEncoder.encode(plausible(path, field), StandardCharsets.UTF_8));
		}
		if (slot.isFile()) {
			MultipartForm form = new MultipartForm();
			fields.forEach((name, encoded) -> form.fields(name, plausible(path, name)));
			form.rawFile(slot.name(), value.bytes(), "image/jpeg", IMAGE);
			return session.post(path, form);
		}
		if (!slot.isPathVariable()) {
			fields.put(slot.name(), value.encoded());
		}
		StringBuilder body = new StringBuilder();
		fields.forEach((name,
				encoded) -> body.append((body.length() > 0) ? "&" : "").append(name).append('=').append(encoded));
		return session.postEncoded(path, body.toString());
	}

	/**
	 * The endpoint's path with the hostile value in the swept variable and keys of things
	 * that exist (or plausible ones) in the others.
	 */
	private String path(Endpoint endpoint, Slot slot, Value value) {
		StringBuilder path = new StringBuilder();
		String pattern = endpoint.pattern();
		int i = 0;
		while (i < pattern.length()) {
			char c = pattern.charAt(i);
			if (c != '{') {
				path.append(c);
				i++;
				continue;
			}
			int end = closingBrace(pattern, i);
			String name = pattern.substring(i + 1, end).split(":", 2)[0];
			path.append((slot.isPathVariable() && slot.name().equals(name)) ? value.pathSegment()
					: existingKey(path.toString(), name, pattern.endsWith("/delete")));
			i = end + 1;
		}
		return path.toString();
	}

	/**
	 * A key for the variable: of a thing that exists, unless the request would delete it
	 * (the sweep goes on using it).
	 */
	private String existingKey(String pathSoFar, String variable, boolean deleting) {
		return switch (variable) {
			case "id" -> deleting ? "999999" : this.existing.getOrDefault(pathSoFar, "999999");
			case "slug" -> this.existing.getOrDefault(pathSoFar, "sweep-nothing-here");
			case "width" -> "320";
			case "extension" -> "jpg";
			default -> "sweep-nothing-here";
		};
	}

	/**
	 * A value that the form at this path accepts for the field, so that the hostile one
	 * next to it gets as far as it can; an edit of an existing post starts from its
	 * current version.
	 */
	private String plausible(String path, String field) {
		int n = serial.incrementAndGet();
		return switch (field) {
			case "version" -> versionOf(path);
			case "kind" -> "PRESS_RELEASE";
			case "language" -> "en";
			case "releaseMode" -> "IMMEDIATE";
			case "embargoZone", "timeZone" -> "UTC";
			case "title" -> "Sweep title " + n;
			case "name" -> "Sweep name " + n;
			case "body" -> "Sweep body.";
			case "email" -> "sweep-" + n + "-" + System.nanoTime() + "@test.adelante";
			case "roles" -> "EDITOR";
			case "action" -> "save";
			case "createAnyway", "attest" -> "true";
			case "titleEn" -> "Sweep title " + n;
			case "textEn" -> "Sweep text.";
			case "signers" -> "BOTH";
			case "grouping" -> "BY_SCOPE";
			case "listTiming" -> "now";
			case "signer" -> "organization";
			case "organizationName" -> "Sweep organisation " + n;
			default -> "";
		};
	}

	/** The current version of the post or letter the path edits; 0 for a new one. */
	private String versionOf(String path) {
		String letter = this.existing.get("/admin/letters/");
		if (path.equals("/admin/letters/" + letter)) {
			return String.valueOf(this.letters.get(Long.parseLong(letter)).version());
		}
		String post = this.existing.get("/admin/posts/");
		if (!path.equals("/admin/posts/" + post)) {
			return "0";
		}
		return this.newsroom.find(Long.parseLong(post)).map((found) -> String.valueOf(found.version())).orElse("0");
	}

	/**
	 * Every GET and POST mapping of the application (not of test helpers), in the order
	 * of their paths.
	 */
	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("org.adelante")
					|| handler.getBeanType().getPackageName().startsWith("org.adelante.test")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			Set<String> fields = new LinkedHashSet<>();
			Set<String> files = new LinkedHashSet<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				collect(parameter, fields, files);
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST)) {
					if (methods.isEmpty() || methods.contains(method)) {
						Set<String> all = new LinkedHashSet<>(fields);
						all.add(LANGUAGE_SWITCH);
						endpoints.add(new Endpoint(method.name(), pattern, pathVariables(pattern), List.copyOf(all),
								(method == RequestMethod.POST) ? List.copyOf(files) : List.of()));
					}
				}
			}
		}
		endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
		return endpoints;
	}

	/** The request parameters a handler parameter reads: its own name, or a form's. */
	private static void collect(MethodParameter parameter, Set<String> fields, Set<String> files) {
		Class<?> type = parameter.getParameterType();
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (parameter.hasParameterAnnotation(PathVariable.class)) {
			return;
		}
		if (param != null || MultipartFile.class.isAssignableFrom(type)) {
			String name = (param != null && !param.name().isEmpty()) ? param.name() : parameter.getParameterName();
			(MultipartFile.class.isAssignableFrom(type) ? files : fields).add(name);
		}
		else if (parameter.hasParameterAnnotation(ModelAttribute.class)
				|| type.getPackageName().startsWith("org.adelante")) {
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					fields.add(component.getName());
				}
			}
			else {
				for (Field field : type.getDeclaredFields()) {
					if (!Modifier.isStatic(field.getModifiers())) {
						fields.add(field.getName());
					}
				}
			}
		}
	}

	private static List<String> pathVariables(String pattern) {
		List<String> names = new ArrayList<>();
		int i = pattern.indexOf('{');
		while (i >= 0) {
			int end = closingBrace(pattern, i);
			names.add(pattern.substring(i + 1, end).split(":", 2)[0]);
			i = pattern.indexOf('{', end);
		}
		return names;
	}

	/** Where the variable opened at {@code start} closes (its regex may hold braces). */
	private static int closingBrace(String pattern, int start) {
		int depth = 0;
		for (int i = start; i < pattern.length(); i++) {
			if (pattern.charAt(i) == '{') {
				depth++;
			}
			else if (pattern.charAt(i) == '}' && --depth == 0) {
				return i;
			}
		}
		throw new IllegalArgumentException("Unbalanced braces in " + pattern);
	}

	/**
	 * One method and path pattern, and what its handler reads.
	 *
	 * @param method {@code GET} or {@code POST}
	 * @param pattern the path pattern
	 * @param pathVariables the pattern's variables
	 * @param fields the query parameters or form fields
	 * @param files the upload fields
	 */
	record Endpoint(String method, String pattern, List<String> pathVariables, List<String> fields,
			List<String> files) {

		/** Everything a hostile value can go into. */
		List<Slot> slots() {
			List<Slot> slots = new ArrayList<>();
			this.pathVariables.forEach((name) -> slots.add(new Slot(name, true, false)));
			this.fields.forEach((name) -> slots.add(new Slot(name, false, false)));
			this.files.forEach((name) -> slots.add(new Slot(name, false, true)));
			return slots;
		}

	}

	/**
	 * Where a hostile value goes.
	 *
	 * @param name the variable's, parameter's or field's name
	 * @param isPathVariable whether it is a path variable
	 * @param isFile whether it is an upload field, whose file name is hostile
	 */
	record Slot(String name, boolean isPathVariable, boolean isFile) {
	}

}
