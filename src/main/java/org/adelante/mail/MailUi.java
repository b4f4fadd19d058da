package org.adelante.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * What every email template receives as {@code mail}: messages in the recipient's
 * language, the site's name, the subject and absolute links.
 */
public final class MailUi {

	private final MessageSource messages;

	private final Locale locale;

	private final String siteName;

	private final ZoneId zone;

	private final String baseUrl;

	private final String subject;

	MailUi(MessageSource messages, Locale locale, String siteName, ZoneId zone, String baseUrl, String subject) {
		this.messages = messages;
		this.locale = locale;
		this.siteName = siteName;
		this.zone = zone;
		this.baseUrl = baseUrl;
		this.subject = subject;
	}

	/** The message for a key in the email's language. */
	public String t(String key, Object... args) {
		return this.messages.getMessage(key, args, key, this.locale);
	}

	public Locale locale() {
		return this.locale;
	}

	/** The language code, for {@code <html lang>}. */
	public String lang() {
		return this.locale.getLanguage();
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
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern(t("format.dateTime"), this.locale).format(instant.atZone(this.zone));
	}

}
