package org.adelante.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.adelante.shared.security.Role;
import org.adelante.shared.web.AdminNavigation.Area;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

class AdminNavigationTests {

	private static final Predicate<Role> ADMIN = (role) -> true;

	private static final Predicate<Role> NO_ROLE = (role) -> false;

	private static final AdminLink STAFF = AdminLink.of("settings", 930, "/admin/staff", "admin.nav.staff", Role.ADMIN);

	private static final AdminLink OUR_ORGANIZATION = AdminLink.of("settings", 910, "/admin/settings",
			"admin.nav.ourOrganization", Role.EDITOR);

	private static final AdminLink ACCOUNT = AdminLink.of("settings", 990, "/admin/account", "admin.nav.account");

	private static final AdminLink POSTS = AdminLink.of("newsroom", 100, "/admin/posts", "admin.nav.posts",
			Role.EDITOR);

	private static final AdminLink CONTACTS = AdminLink.of("newsroom", 110, "/admin/contacts", "admin.nav.contacts",
			Role.EDITOR);

	private static final AdminLink ORGANIZATIONS = AdminLink.of("organizations", 400, "/admin/organizations",
			"admin.nav.organizations", Role.EDITOR, Role.ORGANISER);

	@Test
	void areasComeInTheOrderOfTheirFirstLinkAndLinksInTheirOwnOrder() {
		AdminNavigation navigation = navigation(
				List.of(STAFF, CONTACTS, ACCOUNT, ORGANIZATIONS, POSTS, OUR_ORGANIZATION));

		List<Area> areas = navigation.areasFor(ADMIN);

		assertThat(areas).extracting(Area::name).containsExactly("newsroom", "organizations", "settings");
		assertThat(areas.get(0).links()).containsExactly(POSTS, CONTACTS);
		assertThat(areas.get(1).links()).containsExactly(ORGANIZATIONS);
		assertThat(areas.get(2).links()).containsExactly(OUR_ORGANIZATION, STAFF, ACCOUNT);
	}

	@Test
	void anAreaIsHeadedByItsMessage() {
		AdminNavigation navigation = navigation(List.of(STAFF, POSTS));

		assertThat(navigation.areasFor(ADMIN)).extracting(Area::labelKey)
			.containsExactly("admin.area.newsroom", "admin.area.settings");
	}

	@Test
	void linksInTheSamePlaceAreOrderedByTheirPage() {
		AdminLink media = AdminLink.of("newsroom", 100, "/admin/media", "admin.nav.media");
		AdminLink contacts = AdminLink.of("newsroom", 100, "/admin/contacts", "admin.nav.contacts");

		assertThat(navigation(List.of(media, contacts)).areasFor(ADMIN).get(0).links()).containsExactly(contacts,
				media);
	}

	@Test
	void aMemberSeesOnlyTheLinksOfTheirRoles() {
		AdminNavigation navigation = navigation(
				List.of(STAFF, CONTACTS, ACCOUNT, ORGANIZATIONS, POSTS, OUR_ORGANIZATION));

		List<Area> areas = navigation.areasFor((role) -> role == Role.EDITOR);

		assertThat(areas).extracting(Area::name).containsExactly("newsroom", "organizations", "settings");
		assertThat(areas.get(2).links()).containsExactly(OUR_ORGANIZATION, ACCOUNT);
	}

	@Test
	void anyOneOfALinksRolesWillDo() {
		AdminNavigation navigation = navigation(List.of(POSTS, ORGANIZATIONS));

		assertThat(navigation.areasFor((role) -> role == Role.ORGANISER)).singleElement()
			.satisfies((area) -> assertThat(area.links()).containsExactly(ORGANIZATIONS));
	}

	@Test
	void anAreaWithoutALinkTheMemberMaySeeIsLeftOut() {
		AdminNavigation navigation = navigation(List.of(POSTS, CONTACTS, STAFF, ACCOUNT));

		List<Area> areas = navigation.areasFor(NO_ROLE);

		assertThat(areas).singleElement().satisfies((area) -> {
			assertThat(area.name()).isEqualTo("settings");
			assertThat(area.links()).containsExactly(ACCOUNT);
		});
	}

	@Test
	void withoutLinksThereAreNoAreas() {
		assertThat(navigation(List.of()).areasFor(ADMIN)).isEmpty();
		assertThat(navigation(List.of(STAFF)).areasFor(NO_ROLE)).isEmpty();
	}

	@Test
	void panelsComeInTheirOrderAndOnlyForTheirRoles() {
		Panel mail = new Panel(940, Set.of(Role.ADMIN));
		Panel everyone = new Panel(990, Set.of());
		Panel posts = new Panel(100, Set.of(Role.EDITOR));
		Panel letters = new Panel(200, Set.of(Role.ORGANISER, Role.EDITOR));
		AdminNavigation navigation = navigation(List.of(), List.of(mail, everyone, letters, posts));

		assertThat(navigation.panelsFor(ADMIN)).containsExactly(posts, letters, mail, everyone);
		assertThat(navigation.panelsFor((role) -> role == Role.EDITOR)).containsExactly(posts, letters, everyone);
		assertThat(navigation.panelsFor((role) -> role == Role.ORGANISER)).containsExactly(letters, everyone);
		assertThat(navigation.panelsFor(NO_ROLE)).containsExactly(everyone);
	}

	private static AdminNavigation navigation(List<AdminLink> links) {
		return navigation(links, List.of());
	}

	private static AdminNavigation navigation(List<AdminLink> links, List<AdminPanel> panels) {
		return new AdminNavigation(provider(links).getBeanProvider(AdminLink.class),
				provider(panels).getBeanProvider(AdminPanel.class));
	}

	/** Beans in the given order, which the navigation must not rely on. */
	private static StaticListableBeanFactory provider(List<?> beans) {
		Map<String, Object> named = new LinkedHashMap<>();
		for (int i = 0; i < beans.size(); i++) {
			named.put("bean" + i, beans.get(i));
		}
		return new StaticListableBeanFactory(named);
	}

	record Panel(int order, Set<Role> roles) implements AdminPanel {

		@Override
		public View view(Ui ui) {
			return new View("test/panel.jte", Map.of());
		}

	}

}
