package org.adelante.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Messages and times in one reader's language: what pages ({@link Ui}) and emails share.
 * A missing message shows its key rather than failing the page.
 */
public final class Localized {

	private final MessageSource messages;

	private final Locale locale;

	public Localized(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The message for a key. */
	public String t(String key, Object... args) {
		return this.messages.getMessage(key, args, key, this.locale);
	}

	public Locale locale() {
		return this.locale;
	}

	/** The language code, for {@code lang} attributes. */
	public String lang() {
		return this.locale.getLanguage();
	}

	/** A date and time with its zone, such as "3 December 2026, 4:30 PM MST". */
	public String dateTime(Instant instant, ZoneId zone) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern(t("format.dateTime"), this.locale).format(instant.atZone(zone));
	}

}
