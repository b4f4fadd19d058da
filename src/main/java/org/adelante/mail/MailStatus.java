package org.adelante.mail;

import java.util.Locale;

/**
 * Where an email is on its way out.
 */
public enum MailStatus {

	/** Waiting to be sent, or to be retried after a failed attempt. */
	QUEUED,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up after too many failed attempts; an admin may retry it. */
	FAILED;

	/** The message key of this status's name. */
	public String key() {
		return "outbox.status." + name().toLowerCase(Locale.ROOT);
	}

}
