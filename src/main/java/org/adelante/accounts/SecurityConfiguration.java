package org.adelante.accounts;

import java.util.HashMap;
import java.util.Map;

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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Public pages are open; every admin route needs a signed-in staff
 * member with the right role (anonymous visitors are sent to sign in, the wrong role gets
 * 403). Every form carries a CSRF token, and pages send a Content-Security-Policy that
 * allows no inline script.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, StaffRepository staff) throws Exception {
		http.addFilterBefore(new StaffSessionCheck(staff), AuthorizationFilter.class)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/admin/staff/**", "/admin/outbox/**", "/admin/audit/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/admin/posts/**", "/admin/contacts/**", "/admin/media/**", "/admin/settings/**")
				.hasRole(Role.EDITOR.name())
				.requestMatchers("/admin/organizations/**")
				.hasAnyRole(Role.EDITOR.name(), Role.ORGANISER.name())
				.requestMatchers("/admin", "/admin/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.usernameParameter("email")
				.defaultSuccessUrl("/admin")
				.failureUrl("/login?error")
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

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
