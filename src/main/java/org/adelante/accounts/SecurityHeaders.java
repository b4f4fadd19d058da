package org.adelante.accounts;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.adelante.shared.security.FramableRoutes;

import org.springframework.http.server.PathContainer;
import org.springframework.security.web.header.HeaderWriter;
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
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The security headers of every answer: a Content-Security-Policy that allows no inline
 * script and no framing, {@code X-Frame-Options: DENY}, no content sniffing, a strict
 * referrer policy. On the pages modules declared {@link FramableRoutes framable} the
 * policy names the sites that may frame them instead, and {@code X-Frame-Options} is left
 * out (it cannot name several sites). An error page is judged by the address that failed,
 * so an embedded page's "too many attempts" shows in its frame; the headers a response
 * already has are kept.
 */
final class SecurityHeaders implements HeaderWriter {

	/** Everything a page may load or do, but who may frame it. */
	static final String BASE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

	static final String CONTENT_SECURITY_POLICY = BASE_POLICY + "; frame-ancestors 'none'";

	private final List<Framable> framable;

	private final HeaderWriter refusingFrames = new CompositeHeaderWriter(
			List.of(new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
					new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)));

	private final HeaderWriter common = new CompositeHeaderWriter(List.of(new XContentTypeOptionsHeaderWriter(),
			new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
			new XXssProtectionHeaderWriter(), new CacheControlHeadersWriter(), new HstsHeaderWriter()));

	private SecurityHeaders(List<Framable> framable) {
		this.framable = framable;
	}

	/** The headers, with the pages that the given routes let other sites frame. */
	static SecurityHeaders framing(List<FramableRoutes> routes) {
		PathPatternParser parser = PathPatternParser.defaultInstance;
		return new SecurityHeaders(routes.stream()
			.flatMap((declared) -> declared.paths()
				.stream()
				.map((path) -> new Framable(parser.parse(path),
						new ContentSecurityPolicyHeaderWriter(
								BASE_POLICY + "; frame-ancestors " + declared.frameAncestors()))))
			.toList());
	}

	/** The headers of a site where no page may be framed. */
	static SecurityHeaders refusingAllFraming() {
		return new SecurityHeaders(List.of());
	}

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		HeaderWriter frames = this.refusingFrames;
		if (!this.framable.isEmpty()) {
			PathContainer path = path(request);
			if (path != null) {
				for (Framable candidate : this.framable) {
					if (candidate.pattern().matches(path)) {
						frames = candidate.policy();
						break;
					}
				}
			}
		}
		frames.writeHeaders(request, response);
		this.common.writeHeaders(request, response);
	}

	/**
	 * The path the request asked for, within the application (on an error dispatch, the
	 * one that failed), or {@code null} if it cannot be read.
	 */
	private static PathContainer path(HttpServletRequest request) {
		Object failed = (request.getDispatcherType() == DispatcherType.ERROR)
				? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
		String uri = (failed instanceof String original) ? original : request.getRequestURI();
		String context = request.getContextPath();
		if (uri == null || context == null || !uri.startsWith(context)) {
			return null;
		}
		try {
			return PathContainer.parsePath(uri.substring(context.length()));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private record Framable(PathPattern pattern, HeaderWriter policy) {
	}

}
