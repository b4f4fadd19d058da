package org.adelante.mail;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxEntryTests {

	@Test
	void anEmailNotYetSentMayBeRetried() {
		assertThat(entry(MailStatus.QUEUED).retryable()).isTrue();
		assertThat(entry(MailStatus.FAILED).retryable()).isTrue();
		assertThat(entry(MailStatus.SENT).retryable()).isFalse();
	}

	@Test
	void aStatusIsNamedByItsMessageKey() {
		assertThat(MailStatus.FAILED.key()).isEqualTo("outbox.status.failed");
	}

	private static OutboxEntry entry(MailStatus status) {
		return new OutboxEntry(1, "ana@example.org", null, "Hello", status, 1, Instant.EPOCH, null, Instant.EPOCH,
				null);
	}

}
