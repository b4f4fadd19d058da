package org.adelante.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.WebRequest;

/**
 * The caching rules of public pages. Readers get a short public lifetime (so embargo
 * lifts and corrections show within a minute) with a validator that changes whenever
 * anything shown on the page may have changed; signed-in staff see pages that differ from
 * the public ones (banners, unpublished posts), which no cache may keep.
 */
public final class PageCaching {

	public static final String PUBLIC = "public, max-age=60";

	public static final String PRIVATE = "private, no-store";

	/**
	 * What a public page varies by: its language, whether the reader is signed in, and
	 * (since the server compresses HTML) its encoding. Sent on the 304 as on the 200,
	 * which Tomcat's compression alone would not do.
	 */
	public static final String VARY = "Accept-Encoding, Accept-Language, Cookie";

	private PageCaching() {
	}

	/** Marks a page that no shared or browser cache may keep. */
	public static void privatePage(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE);
		response.setHeader(HttpHeaders.VARY, VARY);
	}

	/**
	 * Sends the caching headers of a public page and answers a conditional request.
	 * @param request the request, whose {@code If-None-Match} and
	 * {@code If-Modified-Since} are checked
	 * @param response the response that gets the headers
	 * @param resource what the page shows, such as {@code post:12} or
	 * {@code news:press-release:2}
	 * @param locale the page language, since the same address is served in two
	 * @param lastModified when anything the page shows last changed
	 * @return true when the client's copy is current: the response is then a 304 and
	 * nothing more is to be written
	 */
	public static boolean notModified(WebRequest request, HttpServletResponse response, String resource, Locale locale,
			Instant lastModified) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
		response.setHeader(HttpHeaders.VARY, VARY);
		return request.checkNotModified(etag(resource, locale, lastModified), lastModified.toEpochMilli());
	}

	/**
	 * {@link #notModified(WebRequest, HttpServletResponse, String, Locale, Instant)} for
	 * a page that signed-in staff see differently from readers (banners, the admin link):
	 * for them it is a private page, never answered from their cache.
	 * @param staff the signed-in staff member, or {@code null} for a reader
	 */
	public static boolean notModified(WebRequest request, HttpServletResponse response, Principal staff,
			String resource, Locale locale, Instant lastModified) {
		if (staff != null) {
			privatePage(response);
			return false;
		}
		return notModified(request, response, resource, locale, lastModified);
	}

	/** A weak validator for the page of a resource in a language as of a time. */
	public static String etag(String resource, Locale locale, Instant lastModified) {
		String seed = resource + "|" + locale.getLanguage() + "|" + lastModified.getEpochSecond() + "."
				+ lastModified.getNano();
		return "W/\"" + HexFormat.of().formatHex(sha256(seed), 0, 12) + "\"";
	}

	/** The latest of the given times, ignoring missing ones. */
	public static Instant latest(Instant... times) {
		Instant latest = Instant.EPOCH;
		for (Instant time : times) {
			if (time != null && time.isAfter(latest)) {
				latest = time;
			}
		}
		return latest;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
