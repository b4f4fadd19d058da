package org.adelante.accounts;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import org.adelante.shared.security.Role;
import org.adelante.shared.security.StaffRoutes;
import org.adelante.shared.web.AdminLink;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.AdminMappings;
import org.adelante.test.UnclaimedAdminPage;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin address the application answers, found from its request mappings rather
 * than listed by hand, so a new admin page cannot be left unprotected: anonymous visitors
 * are sent to sign in, staff open exactly the pages the modules' {@link StaffRoutes} give
 * their role (the first rule whose paths match decides, as in the security configuration;
 * an admin may open everything), every page but the test's {@link UnclaimedAdminPage} is
 * claimed by a module, and that one is refused to everyone. A module's rule is checked
 * against what the same module says elsewhere: each of its {@link AdminLink}s is shown to
 * exactly those its rules let open the page.
 */
@AdelanteIntegrationTest
class AdminRoutesIntegrationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ObjectProvider<StaffRoutes> moduleRoutes;

	@Autowired
	ObjectProvider<AdminLink> links;

	@Autowired
	WebSessions web;

	@Test
	void thereAreAdminPagesToCheck() {
		assertThat(adminPages()).contains("/admin", "/admin/account", "/admin/posts", "/admin/posts/new",
				"/admin/staff", "/admin/outbox", "/admin/audit", "/admin/organizations", "/admin/settings",
				"/admin/media", "/admin/contacts", "/admin/letters", "/admin/letters/new",
				"/admin/letters/999999/signatures", "/admin/tips", UnclaimedAdminPage.PATH);
	}

	@Test
	void everyAdminPageButTheUnclaimedOneIsClaimedByAModule() {
		List<String> unclaimed = adminPages().stream().filter((path) -> firstRuleFor(path).isEmpty()).toList();
		assertThat(unclaimed).containsExactly(UnclaimedAdminPage.PATH);
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
	void eachRoleOpensExactlyThePagesTheModulesRulesGiveIt(Role role) {
		WebSession member = this.web.signedIn(role);
		for (String path : adminPages()) {
			int status = member.get(path).statusCode();
			if (firstRuleFor(path).filter((rule) -> mayOpen(role, rule)).isPresent()) {
				assertThat(status).as("%s opening %s", role, path).isNotEqualTo(403).isLessThan(500);
			}
			else {
				assertThat(status).as("%s opening %s", role, path).isEqualTo(403);
			}
		}
	}

	@Test
	void eachNavigationEntryIsShownToExactlyThoseWhoMayOpenItsPage() {
		List<AdminLink> entries = this.links.orderedStream().toList();
		assertThat(entries).isNotEmpty();
		for (AdminLink link : entries) {
			assertThat(firstRuleFor(link.path())).as("the rule for %s", link.path())
				.hasValueSatisfying((rule) -> assertThat(link.roles()).as("who sees the link to %s", link.path())
					.isEqualTo(rule.roles()));
		}
	}

	@Test
	void aPageNoModuleClaimsIsRefusedEvenToAnAdmin() {
		assertThat(firstRuleFor(UnclaimedAdminPage.PATH)).isEmpty();
		assertThat(this.web.signedIn(Role.ADMIN).get(UnclaimedAdminPage.PATH).statusCode()).isEqualTo(403);
	}

	private Optional<StaffRoutes> firstRuleFor(String path) {
		return AdminMappings.ruleFor(path, this.moduleRoutes.orderedStream().toList());
	}

	private static boolean mayOpen(Role role, StaffRoutes rule) {
		return rule.forAnyStaff() || role == Role.ADMIN || rule.roles().contains(role);
	}

	/**
	 * The GET admin pages, with path variables filled in with a key that does not exist.
	 */
	private List<String> adminPages() {
		return AdminMappings.patterns(this.mappings)
			.stream()
			.map((pattern) -> AdminMappings.withKeys(pattern, "999999"))
			.distinct()
			.toList();
	}

}
