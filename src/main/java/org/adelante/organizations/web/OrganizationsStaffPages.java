package org.adelante.organizations.web;

import java.util.EnumSet;

import org.adelante.shared.security.Role;
import org.adelante.shared.security.StaffRoutes;
import org.adelante.shared.web.AdminLink;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The organisations module's staff pages: editors and organisers keep the registry, its
 * sectors and its merges (both name organisations: as issuers of releases and as signers
 * of letters); editors set up our own organisation.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationsStaffPages {

	@Bean
	StaffRoutes registryRoutes() {
		return StaffRoutes.forRoles(EnumSet.of(Role.EDITOR, Role.ORGANISER), "/admin/organizations/**");
	}

	@Bean
	StaffRoutes ownOrganizationRoutes() {
		return StaffRoutes.forRole(Role.EDITOR, "/admin/settings/**");
	}

	@Bean
	AdminLink registryLink() {
		return AdminLink.of("organizations", 400, "/admin/organizations", "admin.nav.organizations", Role.EDITOR,
				Role.ORGANISER);
	}

	@Bean
	AdminLink ownOrganizationLink() {
		return AdminLink.of("settings", 910, "/admin/settings", "admin.nav.ourOrganization", Role.EDITOR);
	}

}
