package org.adelante.mail.web;

import org.adelante.shared.security.Role;
import org.adelante.shared.security.StaffRoutes;
import org.adelante.shared.web.AdminLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox is for admins: who may open it and where the admin navigation lists it.
 */
@Configuration(proxyBeanMethods = false)
class MailStaffPages {

	@Bean
	StaffRoutes outboxRoutes() {
		return StaffRoutes.forRole(Role.ADMIN, "/admin/outbox/**");
	}

	@Bean
	AdminLink outboxLink() {
		return AdminLink.of("settings", 940, "/admin/outbox", "admin.nav.outbox", Role.ADMIN);
	}

}
