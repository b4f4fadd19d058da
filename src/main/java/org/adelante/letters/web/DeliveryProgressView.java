package org.adelante.letters.web;

import java.util.List;

import org.adelante.letters.Delivery;
import org.adelante.letters.DeliveryRecipient;
import org.adelante.letters.Letter;
import org.adelante.mail.MailStatus;

/**
 * Where a delivery's emails are: waiting in the outbox, sent, or failed.
 *
 * @param letter the letter
 * @param delivery the delivery
 * @param recipients whom it was emailed to, each with where their email is
 * @param deliveryConfigured whether an SMTP server is configured (without one, the emails
 * wait in the outbox)
 */
public record DeliveryProgressView(Letter letter, Delivery delivery, List<DeliveryRecipient> recipients,
		boolean deliveryConfigured) {

	public long sent() {
		return count(MailStatus.SENT);
	}

	public long failed() {
		return count(MailStatus.FAILED);
	}

	public long waiting() {
		return count(MailStatus.QUEUED);
	}

	/** Whether emails still wait to be sent. */
	public boolean inProgress() {
		return waiting() > 0;
	}

	private long count(MailStatus status) {
		return this.recipients.stream().filter((recipient) -> recipient.status() == status).count();
	}

}
