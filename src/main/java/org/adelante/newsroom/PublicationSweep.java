package org.adelante.newsroom;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.adelante.shared.scheduling.SchedulerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Publishes scheduled and embargoed posts when their time comes, with no page traffic
 * needed. The sweep is a table-backed recurring task, so with several nodes only one runs
 * it at a time.
 */
@Configuration(proxyBeanMethods = false)
class PublicationSweep {

	private static final Logger log = LoggerFactory.getLogger(PublicationSweep.class);

	@Bean
	RecurringTask<Void> publicationSweepTask(Newsroom newsroom, SchedulerSettings settings) {
		return Tasks.recurring("newsroom-publication-sweep", FixedDelay.of(settings.pollingInterval()))
			.execute((instance, context) -> {
				int published = newsroom.publishDue();
				if (published > 0) {
					log.info("Published {} scheduled post(s)", published);
				}
			});
	}

}
