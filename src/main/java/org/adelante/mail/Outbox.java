package org.adelante.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.adelante.shared.Page;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail module's entry point. Other modules {@link #queue queue} emails in the
 * transaction of the change that causes them, so an email exists exactly when that change
 * committed; a scheduled task sends them. Admins read and retry them here too.
 */
@Service
public class Outbox {

	private final OutboxRepository outbox;

	private final OutboxSender sender;

	private final MailTemplates templates;

	private final Clock clock;

	Outbox(OutboxRepository outbox, OutboxSender sender, MailTemplates templates, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * Queues an email in the caller's transaction; it is sent within seconds after that
	 * transaction commits, and never if it rolls back.
	 * @return its key, to follow it with {@link #statuses}
	 * @throws org.springframework.transaction.IllegalTransactionStateException if called
	 * outside a transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long queue(OutgoingMail mail) {
		return this.outbox.insert(mail, this.clock.instant());
	}

	/**
	 * Where each of the emails is, by the keys {@link #queue} returned; keys of emails
	 * that no longer exist are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, MailStatus> statuses(Collection<Long> ids) {
		return this.outbox.statuses(ids);
	}

	/** Queues a short localised email that shows whether delivery works. */
	@Transactional
	public void queueTestMessage(String to, Locale locale) {
		queue(this.templates.compose(to, locale, "mail.testMessage.subject", null, "mail/test-message",
				Map.of("requestedBy", to)));
	}

	/** One page of every email, the newest first. */
	public Page<OutboxEntry> page(int number, int size) {
		return new Page<>(this.outbox.recent(size, Page.offset(number, size)), number, size, this.outbox.count());
	}

	public Optional<OutboxMessage> find(long id) {
		return this.outbox.find(id);
	}

	/**
	 * Makes a queued or failed email due now.
	 * @return whether there was such an email (a sent one is never sent again)
	 */
	@Transactional
	public boolean retryNow(long id) {
		return this.outbox.retryNow(id, this.clock.instant());
	}

	/** How many emails wait to be sent and how many failed, for the admin dashboard. */
	@Transactional(readOnly = true)
	public OutboxState state() {
		return new OutboxState(this.outbox.count(MailStatus.QUEUED), this.outbox.count(MailStatus.FAILED),
				deliveryConfigured());
	}

	/** Whether an SMTP server is configured; without one, emails wait in the outbox. */
	public boolean deliveryConfigured() {
		return this.sender.deliveryConfigured();
	}

	/** The From address emails are sent with, or {@code null} without delivery. */
	public String from() {
		return this.sender.from();
	}

}
