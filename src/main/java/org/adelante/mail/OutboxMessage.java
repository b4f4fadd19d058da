package org.adelante.mail;

/**
 * An email in the outbox with both of its parts, for the admin detail page.
 *
 * @param entry its headers and delivery state
 * @param htmlBody the HTML part
 * @param textBody the plain-text part
 */
public record OutboxMessage(OutboxEntry entry, String htmlBody, String textBody) {
}
