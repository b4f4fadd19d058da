package org.adelante.accounts;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin address the application answers, found from its request mappings rather
 * than listed by hand, so a new admin page cannot be left unprotected: anonymous visitors
 * are sent to sign in, and staff without the page's role are refused.
 */
@AdelanteIntegrationTest
class AdminRoutesIntegrationTests {

	/** Pages every signed-in staff member may open, whatever their role. */
	private static final Set<String> ANY_STAFF = Set.of("/admin", "/admin/account");

	/** Pages for organisers as well as editors. */
	private static final String ORGANISER_AREA = "/admin/organizations";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	StaffAccounts accounts;

	@LocalServerPort
	int port;

	@Test
	void thereAreAdminPagesToCheck() {
		assertThat(adminPages()).contains("/admin/posts", "/admin/posts/new", "/admin/staff", "/admin/outbox",
				"/admin/audit", "/admin/organizations", "/admin/settings", "/admin/media", "/admin/contacts");
	}

	@Test
	void anonymousVisitorsAreSentToSignInFromEveryAdminPage() {
		WebSession visitor = WebSession.anonymous(this.port);
		for (String path : adminPages()) {
			HttpResponse<String> response = visitor.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		}
	}

	@Test
	void aFundraiserMayOpenOnlyThePagesForEveryone() {
		WebSession fundraiser = WebSession.signedIn(this.port, this.accounts, Role.FUNDRAISER);
		for (String path : adminPages()) {
			int status = fundraiser.get(path).statusCode();
			if (ANY_STAFF.contains(path)) {
				assertThat(status).as(path).isEqualTo(200);
			}
			else {
				assertThat(status).as(path).isEqualTo(403);
			}
		}
	}

	@Test
	void anOrganiserMayOpenTheOrganisationsButNotTheNewsroomOrAdministration() {
		WebSession organiser = WebSession.signedIn(this.port, this.accounts, Role.ORGANISER);
		for (String path : adminPages()) {
			int status = organiser.get(path).statusCode();
			if (ANY_STAFF.contains(path) || path.startsWith(ORGANISER_AREA)) {
				assertThat(status).as(path).isNotEqualTo(403).isLessThan(500);
			}
			else {
				assertThat(status).as(path).isEqualTo(403);
			}
		}
	}

	@Test
	void anEditorMayNotOpenStaffOutboxOrAuditPages() {
		WebSession editor = WebSession.signedIn(this.port, this.accounts, Role.EDITOR);
		for (String path : adminPages()) {
			int status = editor.get(path).statusCode();
			boolean adminOnly = path.startsWith("/admin/staff") || path.startsWith("/admin/outbox")
					|| path.startsWith("/admin/audit");
			assertThat(status).as(path).isEqualTo(adminOnly ? 403 : status).isLessThan(500);
		}
	}

	/**
	 * The GET admin pages, with path variables filled in with a key that does not exist.
	 */
	private List<String> adminPages() {
		Set<String> pages = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/admin") || pattern.startsWith("/admin/")) {
					pages.add(withKeys(pattern));
				}
			}
		}
		return List.copyOf(pages);
	}

	/**
	 * Replaces each {@code {variable}} (which may hold a regex with braces) with a key.
	 */
	private static String withKeys(String pattern) {
		StringBuilder path = new StringBuilder();
		int depth = 0;
		for (char c : pattern.toCharArray()) {
			if (c == '{') {
				if (depth++ == 0) {
					path.append("999999");
				}
			}
			else if (c == '}') {
				depth--;
			}
			else if (depth == 0) {
				path.append(c);
			}
		}
		return path.toString();
	}

}
