package org.adelante.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.adelante.shared.security.Role;
import org.adelante.shared.web.protection.FormGuard;
import org.adelante.shared.web.protection.FormTokens;

import org.springframework.context.MessageSource;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every template needs about the current request: translated messages, the language,
 * the CSRF token, the signed-in staff member and date formatting in the site's zone.
 */
public final class Ui {

	private final Localized text;

	private final HttpServletRequest request;

	private final SiteIdentity site;

	private final AdminNavigation navigation;

	private final RoleHierarchy roles;

	private final FormTokens formTokens;

	private final List<SiteLink> siteLinks;

	Ui(MessageSource messages, Locale locale, HttpServletRequest request, SiteIdentity site, AdminNavigation navigation,
			RoleHierarchy roles, FormTokens formTokens, List<SiteLink> siteLinks) {
		this.text = new Localized(messages, locale);
		this.request = request;
		this.site = site;
		this.navigation = navigation;
		this.roles = roles;
		this.formTokens = formTokens;
		this.siteLinks = siteLinks;
	}

	/** The message for a key in the page language. */
	public String t(String key, Object... args) {
		return this.text.t(key, args);
	}

	public Locale locale() {
		return this.text.locale();
	}

	/** The page language code, for {@code <html lang>}. */
	public String lang() {
		return this.text.lang();
	}

	/** The other language this page is offered in. */
	public String otherLang() {
		return "es".equals(lang()) ? "en" : "es";
	}

	/** The languages Adelante speaks, each named in itself, as the options of a field. */
	public List<FormOption> languageOptions() {
		return List.of(new FormOption("en", "English", null, "en"), new FormOption("es", "Español", null, "es"));
	}

	/** This page's address with the language switched. */
	public String switchLanguageUrl() {
		Object forwarded = this.request.getAttribute("jakarta.servlet.forward.query_string");
		String query = (forwarded instanceof String original) ? original : this.request.getQueryString();
		List<String> kept = new ArrayList<>();
		if (query != null) {
			for (String pair : query.split("&")) {
				if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=")) {
					kept.add(FormFields.queryPart(pair));
				}
			}
		}
		kept.add("lang=" + otherLang());
		return FormFields.queryPart(path()) + "?" + String.join("&", kept);
	}

	/** The request path without the context path. */
	public String path() {
		String uri = (String) this.request.getAttribute("jakarta.servlet.forward.request_uri");
		if (uri == null) {
			uri = this.request.getRequestURI();
		}
		return uri.substring(this.request.getContextPath().length());
	}

	/**
	 * Whether the current path starts with the given section, for navigation
	 * highlighting.
	 */
	public boolean isIn(String section) {
		String path = path();
		return "/".equals(section) ? "/".equals(path) : path.startsWith(section);
	}

	public String siteName() {
		return this.site.siteName(locale());
	}

	public ZoneId zone() {
		return this.site.zone();
	}

	public String csrfParameter() {
		CsrfToken token = currentCsrfToken();
		return (token != null) ? token.getParameterName() : "_csrf";
	}

	public String csrfToken() {
		CsrfToken token = currentCsrfToken();
		return (token != null) ? token.getToken() : "";
	}

	private CsrfToken currentCsrfToken() {
		Object token = this.request.getAttribute(CsrfToken.class.getName());
		return (token instanceof CsrfToken csrf) ? csrf : null;
	}

	/**
	 * The spam guard of a public form: its signed "shown at" token and honeypot field,
	 * which the {@code shared/form-guard} template renders. A form shown again after a
	 * submission keeps the time it was first shown.
	 */
	public FormGuard formGuard() {
		if (this.formTokens == null) {
			throw new IllegalStateException("Form tokens are not available in this context");
		}
		return this.formTokens.guard(this.request.getParameter(FormGuard.TOKEN_FIELD));
	}

	/** Whether someone is signed in as staff. */
	public boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/**
	 * Whether the signed-in staff member has the role, directly or through the role
	 * hierarchy (an admin has every role).
	 */
	public boolean hasRole(Role role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!signedIn()) {
			return false;
		}
		Collection<? extends GrantedAuthority> reachable = this.roles
			.getReachableGrantedAuthorities(authentication.getAuthorities());
		String wanted = "ROLE_" + role.name();
		return reachable.stream().anyMatch((authority) -> wanted.equals(authority.getAuthority()));
	}

	/** The public site's navigation entries after the home page, in order. */
	public List<SiteLink> siteLinks() {
		return this.siteLinks;
	}

	/** The admin navigation areas this staff member may use. */
	public List<AdminNavigation.Area> adminAreas() {
		return this.navigation.areasFor(this::hasRole);
	}

	public String staffName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return signedIn() ? authentication.getName() : "";
	}

	/** A date such as "3 December 2026" in the site's zone and page language. */
	public String date(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale())
			.format(instant.atZone(zone())) : "";
	}

	/** A date and time with its zone, as a release line needs it. */
	public String dateTime(Instant instant, ZoneId zone) {
		return this.text.dateTime(instant, (zone != null) ? zone : zone());
	}

	/**
	 * The machine-readable form for {@code <time datetime>}, to the second (HTML allows
	 * at most three digits of a fraction; stored times have six).
	 */
	public String iso(Instant instant) {
		return (instant != null)
				? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone()))
				: "";
	}

	/** A value for an {@code <input type="datetime-local">} in the site's zone. */
	public String localInput(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(instant.atZone(zone()))
				: "";
	}

}
