package org.adelante.shared.web;

import java.util.List;

import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's frame, made of what the modules contribute: navigation grouped by area and
 * shown to each member by role, the same in the phone menu and the sidebar, and a
 * dashboard of the panels a member's roles concern.
 */
@AdelanteIntegrationTest
class AdminShellIntegrationTests {

	@Autowired
	WebSessions web;

	@Test
	void theNavigationIsGroupedByAreaInOrderAndShowsOnlyWhatTheMemberMayOpen() {
		Document editor = Jsoup.parse(this.web.signedIn(Role.EDITOR).get("/admin").body());
		assertThat(areas(sidebar(editor))).containsExactly("Newsroom", "Organisations", "Settings", "Your account");
		assertThat(links(sidebar(editor)))
			.contains("/admin/posts", "/admin/contacts", "/admin/media", "/admin/organizations", "/admin/settings",
					"/admin/account")
			.doesNotContain("/admin/staff", "/admin/outbox", "/admin/audit");

		Document admin = Jsoup.parse(this.web.signedIn(Role.ADMIN).get("/admin").body());
		assertThat(links(sidebar(admin))).containsSubsequence("/admin/posts", "/admin/organizations", "/admin/settings",
				"/admin/staff", "/admin/outbox", "/admin/audit", "/admin/account");

		Document fundraiser = Jsoup.parse(this.web.signedIn(Role.FUNDRAISER).get("/admin").body());
		assertThat(areas(sidebar(fundraiser))).containsExactly("Your account");
	}

	@Test
	void thePhoneMenuOffersTheSameLinksAsTheSidebar() {
		Document admin = Jsoup.parse(this.web.signedIn(Role.ADMIN).get("/admin/staff").body());
		Element menu = admin.selectFirst("details.admin-menu nav");
		assertThat(links(menu)).isEqualTo(links(sidebar(admin)));
		assertThat(menu.select("a[aria-current=page]").eachAttr("href")).containsExactly("/admin/staff");
	}

	@Test
	void staffWhoseRolesNoPanelConcernsAreToldNothingNeedsThem() {
		String page = this.web.signedIn(Role.FUNDRAISER).language("es").get("/admin").body();
		assertThat(Jsoup.parse(page).select(".panel")).isEmpty();
		assertThat(page).contains("No hay nada que requiera su atención ahora.");
		assertThat(HtmlChecker.errors(page)).isEmpty();
	}

	private static Element sidebar(Document page) {
		return page.selectFirst("nav.admin-sidebar");
	}

	private static List<String> areas(Element nav) {
		return nav.select(".admin-nav__area").eachText();
	}

	private static List<String> links(Element nav) {
		return nav.select("a").eachAttr("href").stream().filter((href) -> href.startsWith("/admin")).toList();
	}

}
