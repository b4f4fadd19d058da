package org.adelante.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an over-size upload with the "file too large" page (413) instead of a 500.
 * <p>
 * The servlet container checks the multipart size limits while it parses the body, and
 * the first to ask for a parameter is the CSRF check, before Spring MVC (which would turn
 * the failure into a {@code MaxUploadSizeExceededException}) is reached. The container
 * then throws from {@code getParameter}, so this filter sits in front of the security
 * filters and turns exactly that failure into a 413 error, which the error pages render.
 */
@Configuration(proxyBeanMethods = false)
class UploadTooLarge {

	/** Just before Spring Security's filter chain (order -100). */
	static final int ORDER = -110;

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadTooLargeFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
		registration.setOrder(ORDER);
		registration.setName("uploadTooLargeFilter");
		return registration;
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

	static final class Filter extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String contentType = request.getContentType();
			return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (IllegalStateException ex) {
				if (response.isCommitted() || !isSizeLimitFailure(ex)) {
					throw ex;
				}
				response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
			}
		}

	}

}
