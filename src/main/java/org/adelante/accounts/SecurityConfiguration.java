package org.adelante.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.adelante.shared.security.Role;
import org.adelante.shared.security.StaffRoutes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * Sign-in and the rules every module's rules end in. Each module says who may open its
 * staff pages ({@link StaffRoutes} beans); they are applied first, then any other admin
 * route is refused, so a page no module claims is never open to every signed-in member.
 * Public pages are open. Anonymous visitors are sent to sign in, the wrong role gets 403.
 * Every form carries a CSRF token, and every answer, error pages included, sends the
 * {@link #SECURITY_HEADERS}: a Content-Security-Policy that allows no inline script, no
 * framing, no content sniffing. The rate limits and spam guard of public forms, sign-in
 * among them, join this chain from the shared module (a {@code Customizer<HttpSecurity>}
 * bean).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Every staff page lives under here. */
	static final String[] ADMIN_AREA = { "/admin", "/admin/**" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The headers every answer carries: the security filter chain writes them, on error
	 * pages rendered for requests that never reached it too ({@link ErrorPageHeaders}),
	 * and so does the server on the error reports it writes itself
	 * ({@link ServerErrorReports}).
	 */
	static final HeaderWriter SECURITY_HEADERS = new CompositeHeaderWriter(
			List.of(new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
					new XContentTypeOptionsHeaderWriter(), new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
					new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
					new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter()));

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, StaffRepository staff,
			ObjectProvider<StaffRoutes> moduleRoutes) throws Exception {
		List<StaffRoutes> routes = moduleRoutes.orderedStream().toList();
		http.addFilterBefore(new StaffSessionCheck(staff), AuthorizationFilter.class)
			.addFilterAfter(new ErrorPageHeaders(SECURITY_HEADERS), HeaderWriterFilter.class)
			.authorizeHttpRequests((requests) -> {
				for (StaffRoutes rule : routes) {
					var matched = requests.requestMatchers(rule.paths().toArray(String[]::new));
					if (rule.forAnyStaff()) {
						matched.authenticated();
					}
					else {
						matched.hasAnyRole(rule.roleNames());
					}
				}
				requests.requestMatchers(ADMIN_AREA).denyAll().anyRequest().permitAll();
			})
			.formLogin((login) -> login.loginPage("/login")
				.usernameParameter("email")
				.defaultSuccessUrl("/admin")
				.failureUrl("/login?error")
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.headers((headers) -> headers.defaultsDisabled().addHeaderWriter(SECURITY_HEADERS));
		return http.build();
	}

	/**
	 * The one role hierarchy: security checks and the templates ({@code ui.hasRole}) use
	 * it.
	 */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.EDITOR.name(), Role.ORGANISER.name(), Role.FUNDRAISER.name())
			.build();
	}

	/**
	 * New hashes use PBKDF2, because bcrypt reads at most 72 bytes and staff may choose
	 * pass phrases of up to {@value PasswordRules#MAX_LENGTH} characters; hashes in every
	 * other format Spring Security knows (such as bcrypt) still match.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String encodingId = "pbkdf2@SpringSecurity_v5_8";
		DelegatingPasswordEncoder known = (DelegatingPasswordEncoder) PasswordEncoderFactories
			.createDelegatingPasswordEncoder();
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put(encodingId, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(encodingId, encoders);
		encoder.setDefaultPasswordEncoderForMatches(known);
		return encoder;
	}

}
