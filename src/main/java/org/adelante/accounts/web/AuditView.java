package org.adelante.accounts.web;

import org.adelante.accounts.AuditLog;
import org.adelante.shared.Page;

/**
 * One page of the audit log, newest first.
 *
 * @param page the entries on this page
 */
public record AuditView(Page<AuditLog.Entry> page) {
}
