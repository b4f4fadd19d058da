package org.adelante.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.adelante.shared.Audited;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MovableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log records what any module reports through {@link Audited} events, after the
 * change that published them commits, and once however often an event is delivered.
 */
@AdelanteIntegrationTest
class AuditLogIntegrationTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Test
	void anAuditedEventOfAnyModuleIsRecorded(Scenario scenario) {
		SomethingHappened event = new SomethingHappened(unique(), "Ana's thing", "ana@example.org",
				this.clock.instant());

		scenario.publish(event)
			.andWaitForStateChange(() -> this.audit.forSubject("thing", event.subjectId()),
					(entries) -> !entries.isEmpty())
			.andVerify((entries) -> assertThat(entries).singleElement().satisfies((entry) -> {
				assertThat(entry.action()).isEqualTo("thing.happened");
				assertThat(entry.actor()).isEqualTo("ana@example.org");
				assertThat(entry.summary()).isEqualTo("Ana's thing");
				assertThat(entry.at()).isEqualTo(event.occurredAt().truncatedTo(ChronoUnit.MICROS));
			}));
	}

	@Test
	void anEventDeliveredAgainIsRecordedOnce() {
		AuditLog direct = new AuditLog(this.jdbc);
		SomethingHappened event = new SomethingHappened(unique(), "Delivered twice", "system", this.clock.instant());

		direct.on(event);
		direct.on(event);
		direct.on(new SomethingHappened(event.thingId(), "Happened again later", "system",
				event.occurredAt().plusSeconds(1)));

		assertThat(this.audit.forSubject("thing", event.subjectId())).extracting(AuditLog.Entry::summary)
			.containsExactly("Happened again later", "Delivered twice");
	}

	private static String unique() {
		return UUID.randomUUID().toString();
	}

	/** An event of a module the audit log knows nothing about. */
	record SomethingHappened(String thingId, String summary, String actor, Instant occurredAt) implements Audited {

		@Override
		public String action() {
			return "thing.happened";
		}

		@Override
		public String subjectType() {
			return "thing";
		}

		@Override
		public String subjectId() {
			return this.thingId;
		}

	}

}
