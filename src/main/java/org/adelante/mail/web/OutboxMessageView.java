package org.adelante.mail.web;

import org.adelante.mail.OutboxMessage;

/**
 * The admin detail page of one email.
 *
 * @param message the email with both parts
 * @param from the From address it is sent with, or {@code null} without delivery
 * @param deliveryConfigured whether an SMTP server is configured
 * @param notice a message key to show above the email, or {@code null}
 */
public record OutboxMessageView(OutboxMessage message, String from, boolean deliveryConfigured, String notice) {
}
