package org.adelante.mail;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Delivery and its retries against a real (in-memory) outbox table, an SMTP sender that
 * fails on demand, and a clock the tests move.
 */
class OutboxSenderTests {

	private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));

	private final FlakySmtp smtp = new FlakySmtp();

	private OutboxRepository outbox;

	private OutboxSender sender;

	@BeforeEach
	void createOutbox() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource
			.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V3__create_mail_outbox.sql"),
				new ClassPathResource("db/migration/V24__create_mail_attachments.sql"))
			.execute(dataSource);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		this.outbox = new OutboxRepository(jdbc);
		this.sender = new OutboxSender(this.outbox, this.smtp, "Adelante <news@example.org>", this.clock);
	}

	@Test
	void aDueEmailIsSentAsPlainTextAndHtmlAlternatives() throws Exception {
		queue("ana@example.org", "Ana Pérez", "Señal de prueba");

		assertThat(this.sender.sendDue()).isEqualTo(1);

		MimeMessage sent = this.smtp.sent.get(0);
		assertThat(sent.getSubject()).isEqualTo("Señal de prueba");
		assertThat(((InternetAddress) sent.getFrom()[0]).getAddress()).isEqualTo("news@example.org");
		assertThat(((InternetAddress) sent.getAllRecipients()[0]).getPersonal()).isEqualTo("Ana Pérez");
		Multipart parts = (Multipart) sent.getContent();
		assertThat(parts.getContentType()).startsWith("multipart/alternative");
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
		assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Hola (texto)\n");
		assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
		assertThat((String) parts.getBodyPart(1).getContent()).contains("<p>Hola</p>");

		OutboxEntry entry = only();
		assertThat(entry.status()).isEqualTo(MailStatus.SENT);
		assertThat(entry.attempts()).isEqualTo(1);
		assertThat(entry.sentAt()).isEqualTo(this.clock.instant());
		assertThat(this.sender.sendDue()).isZero();
		assertThat(this.smtp.attempts).isEqualTo(1);
	}

	@Test
	void anEmailWithAFileIsSentAsTheAlternativesFollowedByTheFile() throws Exception {
		byte[] pdf = "%PDF-1.7 a letter".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		this.outbox.insert(new OutgoingMail("ana@example.org", "Ana", "Carta", "<p>Hola</p>", "Hola\n")
			.with(Attachment.pdf("carta-1.pdf", pdf)), this.clock.instant());

		assertThat(this.sender.sendDue()).isEqualTo(1);

		Multipart mixed = (Multipart) this.smtp.sent.get(0).getContent();
		assertThat(mixed.getContentType()).startsWith("multipart/mixed");
		assertThat(mixed.getCount()).isEqualTo(2);
		assertThat(((Multipart) mixed.getBodyPart(0).getContent()).getContentType())
			.startsWith("multipart/alternative");
		jakarta.mail.BodyPart file = mixed.getBodyPart(1);
		assertThat(file.getDisposition()).isEqualTo(jakarta.mail.Part.ATTACHMENT);
		assertThat(file.getFileName()).isEqualTo("carta-1.pdf");
		assertThat(file.isMimeType("application/pdf")).isTrue();
		assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
	}

	@Test
	void aFailedAttemptIsRetriedAfterAPauseThatDoubles() {
		this.smtp.failuresLeft = 3;
		queue("bo@example.org", null, "Hello");

		this.sender.sendDue();
		OutboxEntry first = only();
		assertThat(first.status()).isEqualTo(MailStatus.QUEUED);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.nextAttemptAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(1)));
		assertThat(first.lastError()).contains("Connection refused");

		this.clock.advance(Duration.ofSeconds(59));
		this.sender.sendDue();
		assertThat(this.smtp.attempts).as("not due yet").isEqualTo(1);

		this.clock.advance(Duration.ofSeconds(1));
		this.sender.sendDue();
		assertThat(only().attempts()).isEqualTo(2);
		assertThat(only().nextAttemptAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(2)));

		this.clock.advance(Duration.ofMinutes(2));
		this.sender.sendDue();
		assertThat(only().nextAttemptAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(4)));

		this.clock.advance(Duration.ofMinutes(4));
		this.sender.sendDue();
		OutboxEntry sent = only();
		assertThat(sent.status()).isEqualTo(MailStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(4);
		assertThat(sent.lastError()).isNull();
		assertThat(this.smtp.sent).hasSize(1);
	}

	@Test
	void afterEightFailedAttemptsAnEmailIsMarkedFailed() {
		this.smtp.failuresLeft = Integer.MAX_VALUE;
		queue("cy@example.org", null, "Never arrives");

		for (int attempt = 1; attempt <= OutboxSender.MAX_ATTEMPTS; attempt++) {
			assertThat(only().status()).isEqualTo(MailStatus.QUEUED);
			this.sender.sendDue();
			assertThat(only().attempts()).isEqualTo(attempt);
			this.clock.advance(OutboxSender.backoff(attempt));
		}
		assertThat(only().status()).isEqualTo(MailStatus.FAILED);

		this.clock.advance(Duration.ofDays(1));
		this.sender.sendDue();
		assertThat(this.smtp.attempts).isEqualTo(OutboxSender.MAX_ATTEMPTS);
	}

	@Test
	void retryingAFailedEmailSendsItAgain() {
		this.smtp.failuresLeft = OutboxSender.MAX_ATTEMPTS;
		queue("di@example.org", null, "Second chance");
		for (int attempt = 1; attempt <= OutboxSender.MAX_ATTEMPTS; attempt++) {
			this.sender.sendDue();
			this.clock.advance(OutboxSender.backoff(attempt));
		}
		assertThat(only().status()).isEqualTo(MailStatus.FAILED);

		assertThat(this.outbox.retryNow(only().id(), this.clock.instant())).isTrue();
		this.sender.sendDue();

		assertThat(only().status()).isEqualTo(MailStatus.SENT);
		assertThat(this.outbox.retryNow(only().id(), this.clock.instant())).as("a sent email stays sent").isFalse();
	}

	@Test
	void theBackoffDoublesFromAMinuteUpToAnHour() {
		assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8, 30).stream().map(OutboxSender::backoff).map(Duration::toMinutes))
			.containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
	}

	@Test
	void withoutAnSmtpServerNothingIsAttempted() {
		OutboxSender unconfigured = new OutboxSender(this.outbox, null, "not even an address", this.clock);
		queue("ed@example.org", null, "Waits");

		assertThat(unconfigured.sendDue()).isZero();

		assertThat(unconfigured.deliveryConfigured()).isFalse();
		assertThat(only().status()).isEqualTo(MailStatus.QUEUED);
		assertThat(only().attempts()).isZero();
	}

	@Test
	void aMalformedRecipientFailsAtOnce() {
		queue("ana\"bad@example.org", null, "Undeliverable");

		this.sender.sendDue();

		assertThat(only().status()).isEqualTo(MailStatus.FAILED);
		assertThat(only().lastError()).contains("AddressException");
		assertThat(this.smtp.attempts).isZero();
	}

	@Test
	void anInvalidSenderAddressIsAConfigurationError() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new OutboxSender(this.outbox, this.smtp, "no at sign", this.clock))
			.withMessageContaining("ADELANTE_MAIL_FROM");
	}

	@Test
	void aRecipientNameCannotInjectHeaders() {
		OutgoingMail mail = new OutgoingMail("x@example.org", "Eve\r\nBcc: all@example.org", "Hi\nthere", "<p>a</p>",
				"a");
		assertThat(mail.toName()).isEqualTo("Eve Bcc: all@example.org");
		assertThat(mail.subject()).isEqualTo("Hi there");
	}

	private void queue(String to, String name, String subject) {
		this.outbox.insert(new OutgoingMail(to, name, subject, "<p>Hola</p>", "Hola (texto)\n"), this.clock.instant());
	}

	private OutboxEntry only() {
		List<OutboxEntry> entries = this.outbox.recent(10, 0);
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	/** An SMTP server that refuses the first few messages. */
	static final class FlakySmtp implements JavaMailSender {

		final List<MimeMessage> sent = new ArrayList<>();

		int failuresLeft;

		int attempts;

		@Override
		public MimeMessage createMimeMessage() {
			return new MimeMessage(Session.getInstance(new Properties()));
		}

		@Override
		public MimeMessage createMimeMessage(InputStream contentStream) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void send(MimeMessage... mimeMessages) throws MailException {
			for (MimeMessage message : mimeMessages) {
				this.attempts++;
				if (this.failuresLeft > 0) {
					this.failuresLeft--;
					throw new MailSendException("Mail server connection failed",
							new java.net.ConnectException("Connection refused"));
				}
				try {
					message.saveChanges();
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new MailSendException("Could not prepare the message", ex);
				}
				this.sent.add(message);
			}
		}

		@Override
		public void send(SimpleMailMessage... simpleMessages) throws MailException {
			throw new UnsupportedOperationException();
		}

	}

	/** A clock that stands still until a test moves it. */
	static final class SettableClock extends Clock {

		private Instant now;

		SettableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
