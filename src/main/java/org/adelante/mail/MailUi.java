package org.adelante.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.adelante.shared.web.Localized;

import org.springframework.context.MessageSource;

/**
 * What every email template receives as {@code mail}: messages in the recipient's
 * language, the site's name, the subject and absolute links.
 */
public final class MailUi {

	private final Localized text;

	private final String siteName;

	private final ZoneId zone;

	private final String baseUrl;

	private final String subject;

	MailUi(MessageSource messages, Locale locale, String siteName, ZoneId zone, String baseUrl, String subject) {
		this.text = new Localized(messages, locale);
		this.siteName = siteName;
		this.zone = zone;
		this.baseUrl = baseUrl;
		this.subject = subject;
	}

	/** The message for a key in the email's language. */
	public String t(String key, Object... args) {
		return this.text.t(key, args);
	}

	public Locale locale() {
		return this.text.locale();
	}

	/** The language code, for {@code <html lang>}. */
	public String lang() {
		return this.text.lang();
	}

	public String siteName() {
		return this.siteName;
	}

	public String subject() {
		return this.subject;
	}

	/** The site's public address, without a trailing slash. */
	public String baseUrl() {
		return this.baseUrl;
	}

	/** An absolute link for a site path such as {@code /password-reset/abc}. */
	public String url(String path) {
		return this.baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

	/** A date and time in the site's zone, such as "3 December 2026, 4:30 PM UTC". */
	public String dateTime(Instant instant) {
		return this.text.dateTime(instant, this.zone);
	}

}
