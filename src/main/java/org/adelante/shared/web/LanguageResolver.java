package org.adelante.shared.web;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * Picks the page language: a remembered choice (the {@code lang} cookie, set by
 * {@code ?lang=es}) first, then the browser's {@code Accept-Language}, then English.
 */
class LanguageResolver implements LocaleResolver {

	static final String COOKIE = "lang";

	private static final String ATTRIBUTE = LanguageResolver.class.getName() + ".locale";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		Locale remembered = (cookie != null) ? Languages.forCode(cookie.getValue()) : null;
		if (remembered != null) {
			return remembered;
		}
		if (request.getHeader("Accept-Language") != null) {
			for (Locale accepted : Collections.list(request.getLocales())) {
				Locale supported = Languages.forCode(accepted.toLanguageTag());
				if (supported != null) {
					return supported;
				}
			}
		}
		return Languages.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale supported = (locale != null) ? Languages.forCode(locale.toLanguageTag()) : null;
		if (supported == null) {
			return;
		}
		request.setAttribute(ATTRIBUTE, supported);
		if (response != null) {
			ResponseCookie cookie = ResponseCookie.from(COOKIE, supported.getLanguage())
				.path("/")
				.maxAge(Duration.ofDays(365))
				.sameSite("Lax")
				.httpOnly(true)
				.build();
			response.addHeader("Set-Cookie", cookie.toString());
		}
	}

}
