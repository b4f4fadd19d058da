package org.adelante.tips.web;

import java.time.Duration;

import org.adelante.shared.security.Role;
import org.adelante.shared.security.StaffRoutes;
import org.adelante.shared.web.AdminLink;
import org.adelante.shared.web.protection.PublicForm;
import org.adelante.shared.web.protection.RateLimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Everything the tips module tells the rest of the application about its pages: editors
 * read tips, the admin navigation lists them in the newsroom's area, and the public form
 * is rate limited and guarded against bots.
 */
@Configuration(proxyBeanMethods = false)
class TipsModulePages {

	@Bean
	StaffRoutes tipsRoutes() {
		return StaffRoutes.forRole(Role.EDITOR, "/admin/tips/**");
	}

	@Bean
	AdminLink tipsLink() {
		return AdminLink.of("newsroom", 150, "/admin/tips", "admin.nav.tips", Role.EDITOR);
	}

	@Bean
	PublicForm tipForm() {
		return PublicForm.guarded("tips", "/tips", RateLimit.of(5, Duration.ofHours(1)), "/tips/thanks");
	}

}
