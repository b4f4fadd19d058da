package org.adelante.shared.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Runs the modules' background tasks on db-scheduler: tasks live in the database, so each
 * due task runs once even when several nodes share it, and nothing is missed across a
 * restart. Modules contribute tasks as beans.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	@Bean(destroyMethod = "stop")
	Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, Clock clock, SchedulerSettings settings) {
		List<Task<?>> all = tasks.orderedStream().toList();
		List<Task<?>> onDemand = all.stream().filter((task) -> !(task instanceof OnStartup)).toList();
		@SuppressWarnings({ "unchecked", "rawtypes" })
		List<RecurringTask> startTasks = (List) all.stream().filter(OnStartup.class::isInstance).toList();
		return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), onDemand)
			.startTasks(startTasks)
			.pollingInterval(settings.pollingInterval())
			.clock(new ClockAdapter(clock))
			.alwaysPersistTimestampInUTC()
			.threads(2)
			.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start(ApplicationReadyEvent event) {
		event.getApplicationContext().getBean(Scheduler.class).start();
	}

	/** Lets the scheduler follow the application's clock, which tests move forward. */
	private record ClockAdapter(Clock clock) implements com.github.kagkarlsson.scheduler.Clock {

		@Override
		public Instant now() {
			return this.clock.instant();
		}

	}

}
