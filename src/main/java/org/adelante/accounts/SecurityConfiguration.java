package org.adelante.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.adelante.shared.security.FramableRoutes;
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

/**
 * Sign-in and the rules every module's rules end in. Each module says who may open its
 * staff pages ({@link StaffRoutes} beans); they are applied first, then any other admin
 * route is refused, so a page no module claims is never open to every signed-in member.
 * Public pages are open. Anonymous visitors are sent to sign in, the wrong role gets 403.
 * Every form carries a CSRF token, and every answer, error pages included, sends the
 * {@link SecurityHeaders security headers}: a Content-Security-Policy that allows no
 * inline script, no content sniffing, and no framing but of the pages modules declare
 * framable ({@link FramableRoutes} beans). The rate limits and spam guard of public
 * forms, sign-in among them, join this chain from the shared module (a
 * {@code Customizer<HttpSecurity>} bean).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Every staff page lives under here. */
	static final String[] ADMIN_AREA = { "/admin", "/admin/**" };

	/**
	 * The headers of the answers that never reach the application, which no module's page
	 * is among: the server's own error reports ({@link ServerErrorReports}).
	 */
	static final HeaderWriter SECURITY_HEADERS = SecurityHeaders.refusingAllFraming();

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, StaffRepository staff,
			ObjectProvider<StaffRoutes> moduleRoutes, ObjectProvider<FramableRoutes> framableRoutes) throws Exception {
		List<StaffRoutes> routes = moduleRoutes.orderedStream().toList();
		HeaderWriter headers = SecurityHeaders.framing(framableRoutes.orderedStream().toList());
		http.addFilterBefore(new StaffSessionCheck(staff), AuthorizationFilter.class)
			.addFilterAfter(new ErrorPageHeaders(headers), HeaderWriterFilter.class)
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
			.headers((configurer) -> configurer.defaultsDisabled().addHeaderWriter(headers));
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
