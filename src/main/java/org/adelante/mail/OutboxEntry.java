package org.adelante.mail;

import java.time.Instant;

/**
 * An email in the outbox as the admin list shows it.
 *
 * @param id the outbox key
 * @param to the recipient's address
 * @param toName the recipient's display name, or {@code null}
 * @param subject the subject line
 * @param status where it is on its way out
 * @param attempts how many times sending was tried
 * @param createdAt when it was queued
 * @param sentAt when the SMTP server accepted it, or {@code null}
 * @param nextAttemptAt when it is due to be (re)tried
 * @param lastError a short description of the last failure, for admins only, or
 * {@code null}
 */
public record OutboxEntry(long id, String to, String toName, String subject, MailStatus status, int attempts,
		Instant createdAt, Instant sentAt, Instant nextAttemptAt, String lastError) {

	/** Whether an admin may ask for it to be sent again now. */
	public boolean retryable() {
		return this.status != MailStatus.SENT;
	}

}
