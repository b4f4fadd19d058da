package org.adelante.accounts;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.UnclaimedAdminPage;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin address the application answers, found from its request mappings rather
 * than listed by hand, so a new admin page cannot be left unprotected: anonymous visitors
 * are sent to sign in, staff without the page's role are refused, and a page that no
 * module claims is refused to everyone.
 */
@AdelanteIntegrationTest
class AdminRoutesIntegrationTests {

	/** Pages every signed-in staff member may open, whatever their role. */
	private static final Set<String> ANY_STAFF = Set.of("/admin", "/admin/account");

	/**
	 * Who may open each area, as this test expects it (independently of the modules' own
	 * rules); an admin may open every area listed here, and no one any page outside them.
	 */
	private static final Map<String, Set<Role>> AREAS = Map.of("/admin/posts", EnumSet.of(Role.EDITOR),
			"/admin/contacts", EnumSet.of(Role.EDITOR), "/admin/media", EnumSet.of(Role.EDITOR), "/admin/settings",
			EnumSet.of(Role.EDITOR), "/admin/organizations", EnumSet.of(Role.EDITOR, Role.ORGANISER), "/admin/staff",
			EnumSet.noneOf(Role.class), "/admin/audit", EnumSet.noneOf(Role.class), "/admin/outbox",
			EnumSet.noneOf(Role.class), "/admin/tips", EnumSet.of(Role.EDITOR), "/admin/letters",
			EnumSet.of(Role.ORGANISER));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	WebSessions web;

	@Test
	void thereAreAdminPagesToCheck() {
		assertThat(adminPages()).contains("/admin", "/admin/account", "/admin/posts", "/admin/posts/new",
				"/admin/staff", "/admin/outbox", "/admin/audit", "/admin/organizations", "/admin/settings",
				"/admin/media", "/admin/contacts", "/admin/letters", "/admin/letters/new",
				"/admin/letters/999999/signatures", UnclaimedAdminPage.PATH);
	}

	@Test
	void anonymousVisitorsAreSentToSignInFromEveryAdminPage() {
		WebSession visitor = this.web.anonymous();
		for (String path : adminPages()) {
			HttpResponse<String> response = visitor.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleOpensExactlyThePagesOfItsAreas(Role role) {
		WebSession member = this.web.signedIn(role);
		for (String path : adminPages()) {
			int status = member.get(path).statusCode();
			if (mayOpen(role, path)) {
				assertThat(status).as("%s opening %s", role, path).isNotEqualTo(403).isLessThan(500);
			}
			else {
				assertThat(status).as("%s opening %s", role, path).isEqualTo(403);
			}
		}
	}

	@Test
	void aPageNoModuleClaimsIsRefusedEvenToAnAdmin() {
		assertThat(this.web.signedIn(Role.ADMIN).get(UnclaimedAdminPage.PATH).statusCode()).isEqualTo(403);
	}

	private static boolean mayOpen(Role role, String path) {
		if (ANY_STAFF.contains(path) || path.startsWith("/admin/account/")) {
			return true;
		}
		return AREAS.entrySet()
			.stream()
			.filter((area) -> path.equals(area.getKey()) || path.startsWith(area.getKey() + "/"))
			.anyMatch((area) -> role == Role.ADMIN || area.getValue().contains(role));
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
