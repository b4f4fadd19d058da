package org.adelante.shared.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StaffRoutesTests {

	@Test
	void routesForRolesNameThemAsSpringSecurityChecksThem() {
		StaffRoutes routes = StaffRoutes.forRoles(EnumSet.of(Role.ORGANISER, Role.EDITOR), "/admin/posts/**",
				"/admin/contacts/**");

		assertThat(routes.paths()).containsExactly("/admin/posts/**", "/admin/contacts/**");
		assertThat(routes.roleNames()).containsExactly("EDITOR", "ORGANISER");
		assertThat(routes.forAnyStaff()).isFalse();
	}

	@Test
	void routesForOneRoleNameOnlyIt() {
		StaffRoutes routes = StaffRoutes.forRole(Role.ADMIN, "/admin/staff/**");

		assertThat(routes.roles()).containsExactly(Role.ADMIN);
		assertThat(routes.roleNames()).containsExactly("ADMIN");
		assertThat(routes.forAnyStaff()).isFalse();
	}

	@Test
	void routesForAnyStaffNameNoRole() {
		StaffRoutes routes = StaffRoutes.anyStaff("/admin/account/**");

		assertThat(routes.paths()).containsExactly("/admin/account/**");
		assertThat(routes.forAnyStaff()).isTrue();
		assertThat(routes.roleNames()).isEmpty();
	}

	@Test
	void routesNeedAPath() {
		assertThatIllegalArgumentException().isThrownBy(() -> StaffRoutes.anyStaff());
		assertThatIllegalArgumentException().isThrownBy(() -> StaffRoutes.forRole(Role.EDITOR));
	}

	@Test
	void routesForRolesNeedARole() {
		assertThatIllegalArgumentException().isThrownBy(() -> StaffRoutes.forRoles(Set.of(), "/admin/posts/**"));
	}

	@Test
	void laterChangesToTheGivenPathsDoNotChangeTheRoutes() {
		List<String> paths = new ArrayList<>(List.of("/admin/posts/**"));
		StaffRoutes routes = new StaffRoutes(paths, Set.of(Role.EDITOR));

		paths.add("/admin/staff/**");

		assertThat(routes.paths()).containsExactly("/admin/posts/**");
	}

}
