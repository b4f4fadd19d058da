package org.adelante.accounts.web;

import org.adelante.shared.security.Role;
import org.adelante.shared.security.StaffRoutes;
import org.adelante.shared.web.AdminLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The accounts module's staff pages: who may open them and where the admin navigation
 * lists them. Every member manages their own account; admins manage staff and read the
 * audit log.
 */
@Configuration(proxyBeanMethods = false)
class AccountsStaffPages {

	@Bean
	StaffRoutes ownAccountRoutes() {
		return StaffRoutes.anyStaff("/admin/account/**");
	}

	@Bean
	StaffRoutes staffAdministrationRoutes() {
		return StaffRoutes.forRole(Role.ADMIN, "/admin/staff/**", "/admin/audit/**");
	}

	@Bean
	AdminLink staffLink() {
		return AdminLink.of("settings", 930, "/admin/staff", "admin.nav.staff", Role.ADMIN);
	}

	@Bean
	AdminLink auditLink() {
		return AdminLink.of("settings", 950, "/admin/audit", "admin.nav.audit", Role.ADMIN);
	}

}
