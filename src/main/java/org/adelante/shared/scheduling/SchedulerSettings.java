package org.adelante.shared.scheduling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often background work looks for due tasks
 * ({@code ADELANTE_SCHEDULER_POLLING_INTERVAL}). Modules' recurring tasks run at this
 * interval too.
 *
 * @param pollingInterval the time between two looks
 */
@ConfigurationProperties("adelante.scheduler")
public record SchedulerSettings(Duration pollingInterval) {

	public SchedulerSettings {
		pollingInterval = (pollingInterval != null) ? pollingInterval : Duration.ofSeconds(10);
	}

}
