package org.adelante.shared.web.protection;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) a form submission or any other unsafe request that a browser sent on
 * behalf of another site, as the browser itself reports it: its {@code Sec-Fetch-Site}
 * header, or where that is missing (older browsers) its {@code Origin}, which must be
 * this site's address as the request reached it or as {@code adelante.base-url} gives it.
 * A request with neither header did not come from a browser page, so no other site can
 * have made a visitor send it. This is the whole CSRF defence of the public forms that
 * open no session (a letter's signing form), and a second one in front of the session
 * tokens of every other form.
 */
final class CrossOriginCheck extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(CrossOriginCheck.class);

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	/**
	 * The same page's origin, or a request the visitor made themselves (typed,
	 * bookmarked).
	 */
	private static final Set<String> OWN_FETCHES = Set.of("same-origin", "none");

	private final String siteOrigin;

	/**
	 * @param baseUrl the site's public address; a request whose {@code Origin} is its
	 * origin is the site's own, whatever the proxy in front made of the {@code Host}
	 */
	CrossOriginCheck(String baseUrl) {
		this.siteOrigin = origin(baseUrl);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SAFE_METHODS.contains(request.getMethod()) || fromThisSite(request)) {
			chain.doFilter(request, response);
			return;
		}
		logger.debug("Refused a {} request to {} sent from another site", request.getMethod(), request.getRequestURI());
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	private boolean fromThisSite(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null) {
			return OWN_FETCHES.contains(fetchSite.strip().toLowerCase(Locale.ROOT));
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return true;
		}
		String sent = origin(origin);
		return sent != null && (sent.equals(this.siteOrigin) || sent.equals(requestOrigin(request)));
	}

	private static String requestOrigin(HttpServletRequest request) {
		String host = request.getHeader("Host");
		return (host != null) ? origin(request.getScheme() + "://" + host) : null;
	}

	/**
	 * The scheme, host and port of an address, in lower case and with the scheme's
	 * default port left out; {@code null} for anything that is not a web address (such as
	 * the {@code null} origin of a sandboxed page).
	 */
	static String origin(String address) {
		if (address == null) {
			return null;
		}
		try {
			URI uri = new URI(address.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
			if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
				return null;
			}
			int port = uri.getPort();
			boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
					|| ("https".equals(scheme) && port == 443);
			return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
