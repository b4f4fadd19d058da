package org.adelante.shared.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request whose parameters cannot be read with the error page for what is wrong
 * instead of a 500: 400 for a query string or form body that is not valid UTF-8 or a
 * malformed multipart body (no boundary, no closing boundary, cut off in a file), 413 for
 * a body over the size limits.
 * <p>
 * The servlet container reads the parameters, query string and body alike, the first time
 * anyone asks for one, and then throws from {@code getParameter} on every call. The first
 * to ask would be the CSRF check or the language switch, in no position to answer well;
 * so this filter reads them first and answers what cannot be read with an error, which
 * the error pages render. It joins the security filter chain that the accounts module
 * builds (Spring Security applies every {@code Customizer<HttpSecurity>} bean to it),
 * after the security headers and before the CSRF check. The error page itself sees the
 * request without parameters or body, so that nothing on its way (the language switch,
 * multipart handling) trips over them again.
 */
@Configuration(proxyBeanMethods = false)
class UnreadableRequests {

	private static final Logger logger = LoggerFactory.getLogger(UnreadableRequests.class);

	@Bean
	Customizer<HttpSecurity> unreadableRequestsRefused() {
		Filter filter = new Filter();
		return (http) -> http.addFilterBefore(filter, CsrfFilter.class);
	}

	/**
	 * The status a failure to read the parameters deserves: 413 when a size limit was
	 * exceeded, else 400.
	 */
	static HttpStatus statusFor(IllegalStateException failure) {
		if (failure instanceof InvalidParameterException invalid
				&& invalid.getErrorCode() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
			return HttpStatus.PAYLOAD_TOO_LARGE;
		}
		return isSizeLimitFailure(failure) ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
	}

	/** Whether the exception, or one of its causes, says a size limit was exceeded. */
	static boolean isSizeLimitFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = (cause.getMessage() != null) ? cause.getMessage().toLowerCase(Locale.ROOT) : "";
			if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
					|| (message.contains("exceed") && (message.contains("size") || message.contains("length")))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * What is wrong with the request's parameters, or {@code null} if they can be read.
	 */
	static HttpStatus unreadable(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return null;
		}
		catch (IllegalStateException ex) {
			return statusFor(ex);
		}
	}

	static final class Filter extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			HttpStatus refused = unreadable(request);
			if (refused == null) {
				chain.doFilter(request, response);
			}
			else if (request.getDispatcherType() == DispatcherType.ERROR) {
				chain.doFilter(new WithoutParameters(request), response);
			}
			else {
				UnreadableRequests.logger.debug("Refused {} {} with {}: its parameters cannot be read",
						request.getMethod(), request.getRequestURI(), refused.value());
				if (!response.isCommitted()) {
					response.sendError(refused.value());
				}
			}
		}

		@Override
		protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
				FilterChain chain) throws ServletException, IOException {
			doFilterInternal(request, response, chain);
		}

	}

	/** The request as the error page sees it: no parameters, no body to parse. */
	static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

	}

}
