package org.adelante.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.adelante.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends the outbox's due emails over SMTP as multipart/alternative (plain text and HTML).
 * A failed attempt is retried after a pause that doubles each time, from one minute up to
 * an hour; after {@value #MAX_ATTEMPTS} attempts the email is marked failed for an admin
 * to look at. Without an SMTP server nothing is attempted and emails stay queued.
 */
class OutboxSender {

	static final int MAX_ATTEMPTS = 8;

	static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	static final Duration LONGEST_RETRY = Duration.ofHours(1);

	static final int BATCH_SIZE = 20;

	/** Bounds one run so a large backlog does not hold the scheduler thread for long. */
	private static final int MAX_BATCHES_PER_RUN = 10;

	private static final int MAX_ERROR_LENGTH = 500;

	private static final Logger logger = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxRepository outbox;

	private final JavaMailSender sender;

	private final InternetAddress from;

	private final Clock clock;

	/**
	 * @param outbox the outbox rows
	 * @param sender the SMTP sender, or {@code null} when no SMTP server is configured
	 * @param from the sender address, such as {@code Adelante <news@example.org>}
	 * @param clock the application's clock
	 */
	OutboxSender(OutboxRepository outbox, JavaMailSender sender, String from, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.from = (sender != null) ? parseFrom(from) : null;
		this.clock = clock;
	}

	boolean deliveryConfigured() {
		return this.sender != null;
	}

	String from() {
		return (this.from != null) ? this.from.toUnicodeString() : null;
	}

	/**
	 * Sends every email that is due now.
	 * @return how many were accepted by the SMTP server
	 */
	int sendDue() {
		if (this.sender == null) {
			return 0;
		}
		int sent = 0;
		for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
			List<OutboxMessage> due = this.outbox.due(this.clock.instant(), BATCH_SIZE);
			for (OutboxMessage message : due) {
				if (send(message)) {
					sent++;
				}
			}
			if (due.size() < BATCH_SIZE) {
				break;
			}
		}
		return sent;
	}

	/** The pause before the next attempt after the given number of failed ones. */
	static Duration backoff(int failedAttempts) {
		int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
		Duration pause = FIRST_RETRY.multipliedBy(1L << doublings);
		return (pause.compareTo(LONGEST_RETRY) > 0) ? LONGEST_RETRY : pause;
	}

	private boolean send(OutboxMessage message) {
		OutboxEntry entry = message.entry();
		int attempts = entry.attempts() + 1;
		MimeMessage mime;
		try {
			mime = build(message);
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			// A malformed address does not get better by waiting.
			String error = describe(ex);
			this.outbox.markAttemptFailed(entry.id(), attempts, MailStatus.FAILED, this.clock.instant(), error);
			logger.warn("Email {} cannot be sent and was marked failed: {}", entry.id(), error);
			return false;
		}
		try {
			this.sender.send(mime);
		}
		catch (RuntimeException ex) {
			String error = describe(ex);
			Instant now = this.clock.instant();
			MailStatus status = (attempts >= MAX_ATTEMPTS) ? MailStatus.FAILED : MailStatus.QUEUED;
			this.outbox.markAttemptFailed(entry.id(), attempts, status, now.plus(backoff(attempts)), error);
			logger.warn("Sending email {} failed (attempt {} of {}): {}", entry.id(), attempts, MAX_ATTEMPTS, error);
			return false;
		}
		this.outbox.markSent(entry.id(), attempts, this.clock.instant());
		return true;
	}

	private MimeMessage build(OutboxMessage message) throws MessagingException, UnsupportedEncodingException {
		OutboxEntry entry = message.entry();
		InternetAddress to = new InternetAddress(entry.to(), entry.toName(), StandardCharsets.UTF_8.name());
		to.validate();
		MimeMessage mime = this.sender.createMimeMessage();
		mime.setFrom(this.from);
		mime.setRecipient(MimeMessage.RecipientType.TO, to);
		mime.setSubject(entry.subject(), StandardCharsets.UTF_8.name());
		mime.setSentDate(Date.from(this.clock.instant()));
		mime.setHeader("Auto-Submitted", "auto-generated");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(message.textBody(), StandardCharsets.UTF_8.name());
		MimeBodyPart html = new MimeBodyPart();
		html.setText(message.htmlBody(), StandardCharsets.UTF_8.name(), "html");
		// Least preferred part first, as RFC 2046 asks for alternatives.
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(text);
		alternative.addBodyPart(html);
		List<Attachment> files = this.outbox.attachments(entry.id());
		if (files.isEmpty()) {
			mime.setContent(alternative);
			return mime;
		}
		MimeMultipart mixed = new MimeMultipart("mixed");
		MimeBodyPart body = new MimeBodyPart();
		body.setContent(alternative);
		mixed.addBodyPart(body);
		for (Attachment file : files) {
			MimeBodyPart part = new MimeBodyPart();
			part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
			part.setFileName(file.filename());
			part.setDisposition(Part.ATTACHMENT);
			mixed.addBodyPart(part);
		}
		mime.setContent(mixed);
		return mime;
	}

	private static InternetAddress parseFrom(String from) {
		try {
			InternetAddress address = new InternetAddress(from, true);
			address.validate();
			return address;
		}
		catch (AddressException | NullPointerException ex) {
			throw new IllegalStateException(
					"adelante.mail.from (ADELANTE_MAIL_FROM) must be an email address such as 'Adelante <news@example.org>', not '"
							+ from + "'",
					ex);
		}
	}

	/** A one-line description of a failure for the outbox page; never shown publicly. */
	static String describe(Exception ex) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		if (ex instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
			cause = NestedExceptionUtils.getMostSpecificCause(send.getFailedMessages().values().iterator().next());
		}
		String text = cause.getClass().getSimpleName()
				+ ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
		text = text.replaceAll("\\s+", " ").strip();
		return (Text.length(text) > MAX_ERROR_LENGTH) ? Text.truncate(text, MAX_ERROR_LENGTH - 1) + "…" : text;
	}

}
