package org.adelante.accounts;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the security headers on the error page of a request that was refused before the
 * security filter chain wrote them: by its firewall (a {@code ;} or an encoded slash in
 * the path) or by the servlet container (a method it does not serve). Spring Security's
 * own header filter leaves error dispatches alone; headers the request already has are
 * kept.
 */
final class ErrorPageHeaders extends OncePerRequestFilter {

	private final HeaderWriter headers;

	ErrorPageHeaders(HeaderWriter headers) {
		this.headers = headers;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getDispatcherType() != DispatcherType.ERROR;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.headers.writeHeaders(request, response);
		chain.doFilter(request, response);
	}

}
