package org.adelante.mail.web;

import org.adelante.mail.OutboxEntry;
import org.adelante.shared.Page;

/**
 * One page of the admin outbox, newest first.
 *
 * @param page the emails on this page
 * @param deliveryConfigured whether an SMTP server is configured
 * @param notice a message key to show above the list, or {@code null}
 */
public record OutboxListView(Page<OutboxEntry> page, boolean deliveryConfigured, String notice) {
}
