package org.adelante.shared.web;

import java.util.EnumSet;
import java.util.Set;

import org.adelante.shared.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminLinkTests {

	@Test
	void aLinkIsForTheRolesNamed() {
		AdminLink link = AdminLink.of("organizations", 400, "/admin/organizations", "admin.nav.organizations",
				Role.EDITOR, Role.ORGANISER);

		assertThat(link).isEqualTo(new AdminLink("organizations", 400, "/admin/organizations",
				"admin.nav.organizations", Set.of(Role.ORGANISER, Role.EDITOR)));
		assertThat(link.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.ORGANISER);
	}

	@Test
	void aLinkWithoutRolesIsForAllStaff() {
		assertThat(AdminLink.of("settings", 990, "/admin/account", "admin.nav.account").roles()).isEmpty();
		assertThat(new AdminLink("settings", 990, "/admin/account", "admin.nav.account", EnumSet.noneOf(Role.class))
			.roles()).isEmpty();
	}

	@Test
	void laterChangesToTheGivenRolesDoNotChangeTheLink() {
		Set<Role> roles = EnumSet.of(Role.EDITOR);
		AdminLink link = new AdminLink("newsroom", 100, "/admin/posts", "admin.nav.posts", roles);

		roles.add(Role.FUNDRAISER);

		assertThat(link.roles()).containsExactly(Role.EDITOR);
	}

	@Test
	void theAreaIsHeadedByItsMessage() {
		assertThat(AdminLink.of("newsroom", 100, "/admin/posts", "admin.nav.posts").areaKey())
			.isEqualTo("admin.area.newsroom");
	}

}
