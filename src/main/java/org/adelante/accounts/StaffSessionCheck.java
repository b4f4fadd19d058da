package org.adelante.accounts;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes staff changes take effect at once for people already signed in: on every admin
 * request, a disabled (or deleted) member's session ends, and the roles checked are the
 * member's current ones rather than those they had when signing in.
 */
class StaffSessionCheck extends OncePerRequestFilter {

	private final StaffRepository staff;

	StaffSessionCheck(StaffRepository staff) {
		this.staff = staff;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/admin") || path.startsWith("/admin/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof UsernamePasswordAuthenticationToken && authentication.isAuthenticated()) {
			Optional<StaffMember> member = this.staff.findByEmail(authentication.getName())
				.map(StaffRepository.StaffRow::member);
			if (member.isEmpty() || !member.get().enabled()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else {
				List<GrantedAuthority> current = member.get()
					.roles()
					.stream()
					.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
					.toList();
				if (!current.containsAll(authentication.getAuthorities())
						|| !authentication.getAuthorities().containsAll(current)) {
					// For this request only; the session keeps what it has and is checked
					// again.
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(UsernamePasswordAuthenticationToken
						.authenticated(authentication.getPrincipal(), null, current));
					SecurityContextHolder.setContext(context);
				}
			}
		}
		chain.doFilter(request, response);
	}

}
