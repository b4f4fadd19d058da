package org.adelante.shared.scheduling;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Events between modules are recorded in the database with the change that published them
 * (Spring Modulith's event publication registry) and handed to their listeners after it
 * commits. A reaction that failed, or never ran because the node stopped, is tried again
 * here: every minute, on one node, for publications still incomplete after
 * {@link #MIN_AGE}. Listeners therefore see an event at least once and are written to be
 * idempotent.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationRetries {

	/** Long enough that a reaction still running is not started a second time. */
	static final Duration MIN_AGE = Duration.ofMinutes(2);

	static final Duration INTERVAL = Duration.ofMinutes(1);

	@Bean
	RecurringTask<Void> eventPublicationRetryTask(IncompleteEventPublications incomplete) {
		return Tasks.recurring("event-publication-retries", FixedDelay.of(INTERVAL))
			.execute((instance, context) -> incomplete.resubmitIncompletePublicationsOlderThan(MIN_AGE));
	}

}
