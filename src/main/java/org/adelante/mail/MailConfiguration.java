package org.adelante.mail;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.adelante.shared.scheduling.SchedulerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * Wires outbox delivery: the sender, and the scheduled task that runs it on one node at a
 * time.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(MailConfiguration.class);

	@Bean
	OutboxSender outboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> sender, Environment environment,
			MailSettings settings, Clock clock) {
		// Boot creates a JavaMailSender whenever spring.mail.host exists, even when
		// empty.
		boolean configured = StringUtils.hasText(environment.getProperty("spring.mail.host"));
		JavaMailSender smtp = configured ? sender.getIfAvailable() : null;
		if (smtp == null) {
			logger.info("No SMTP server is configured (spring.mail.host): emails wait in the outbox at /admin/outbox");
		}
		return new OutboxSender(outbox, smtp, settings.from(), clock);
	}

	@Bean
	RecurringTask<Void> mailOutboxTask(OutboxSender sender, SchedulerSettings scheduler) {
		return Tasks.recurring("mail-outbox", FixedDelay.of(scheduler.pollingInterval()))
			.execute((instance, context) -> sender.sendDue());
	}

}
