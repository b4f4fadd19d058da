package org.adelante.accounts.web;

import java.util.List;

import org.adelante.accounts.AuditLog;

/**
 * One page of the audit log, newest first.
 *
 * @param entries the entries on this page
 * @param page the page number, from 1
 * @param hasNewer whether there is a page of newer entries
 * @param hasOlder whether there is a page of older entries
 */
public record AuditView(List<AuditLog.Entry> entries, int page, boolean hasNewer, boolean hasOlder) {
}
