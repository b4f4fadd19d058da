package org.adelante.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.adelante.shared.web.protection.FormTokens;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.hierarchicalroles.NullRoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Creates the {@link Ui} for a request.
 */
@Component
public class UiFactory {

	private final MessageSource messages;

	private final ObjectProvider<SiteIdentity> site;

	private final AdminNavigation navigation;

	private final ObjectProvider<RoleHierarchy> roles;

	private final ObjectProvider<FormTokens> formTokens;

	private final SiteNavigation siteNavigation;

	UiFactory(MessageSource messages, ObjectProvider<SiteIdentity> site, AdminNavigation navigation,
			ObjectProvider<RoleHierarchy> roles, ObjectProvider<FormTokens> formTokens, SiteNavigation siteNavigation) {
		this.messages = messages;
		this.site = site;
		this.navigation = navigation;
		this.roles = roles;
		this.formTokens = formTokens;
		this.siteNavigation = siteNavigation;
	}

	public Ui create(HttpServletRequest request) {
		return new Ui(this.messages, RequestContextUtils.getLocale(request), request,
				this.site.getIfAvailable(() -> SiteIdentity.DEFAULT), this.navigation,
				this.roles.getIfAvailable(NullRoleHierarchy::new), this.formTokens.getIfAvailable(),
				this.siteNavigation.links());
	}

}
