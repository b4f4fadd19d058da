package org.adelante.mail.web;

import java.util.List;

import org.adelante.mail.OutboxEntry;

/**
 * One page of the admin outbox, newest first.
 *
 * @param entries the emails on this page
 * @param page the page number, from 1
 * @param hasNewer whether there is a page of newer emails
 * @param hasOlder whether there is a page of older emails
 * @param deliveryConfigured whether an SMTP server is configured
 * @param notice a message key to show above the list, or {@code null}
 */
public record OutboxListView(List<OutboxEntry> entries, int page, boolean hasNewer, boolean hasOlder,
		boolean deliveryConfigured, String notice) {
}
