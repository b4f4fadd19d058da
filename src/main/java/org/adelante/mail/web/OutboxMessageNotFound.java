package org.adelante.mail.web;

import org.adelante.shared.NotFound;

/**
 * There is no email in the outbox with the requested key.
 */
class OutboxMessageNotFound extends NotFound {

	OutboxMessageNotFound() {
		super("outbox message");
	}

}
