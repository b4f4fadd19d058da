package org.adelante.letters;

import org.adelante.mail.MailStatus;

/**
 * Someone a delivery was emailed to, and where their email is.
 *
 * @param name their name
 * @param email their address
 * @param language the language they were sent the letter in
 * @param status whether their email waits, went out or failed; {@code null} once the
 * outbox no longer holds it
 */
public record DeliveryRecipient(String name, String email, String language, MailStatus status) {
}
