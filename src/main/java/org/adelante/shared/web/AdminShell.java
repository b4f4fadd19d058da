package org.adelante.shared.web;

import org.adelante.shared.security.StaffRoutes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admin's own page: every signed-in staff member starts at the dashboard.
 */
@Configuration(proxyBeanMethods = false)
class AdminShell {

	@Bean
	StaffRoutes adminHomeRoutes() {
		return StaffRoutes.anyStaff("/admin");
	}

}
