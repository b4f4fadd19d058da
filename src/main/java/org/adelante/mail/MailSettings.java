package org.adelante.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How emails are sent ({@code ADELANTE_MAIL_FROM}); the SMTP server itself is Spring
 * Boot's {@code spring.mail.*}.
 *
 * @param from the sender of every email, such as {@code Adelante <news@example.org>}
 */
@ConfigurationProperties("adelante.mail")
record MailSettings(String from) {

	MailSettings {
		from = (from != null && !from.isBlank()) ? from : "newsroom@adelante.local";
	}

}
