package org.adelante.letters;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.adelante.shared.scheduling.SchedulerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens and closes letters when their times come, with no page traffic needed, ends
 * signature requests whose confirmation links ran out, and forgets uploaded files of
 * signers whose time for import ran out. The sweep is a table-backed recurring task, so
 * with several nodes only one runs it at a time.
 */
@Configuration(proxyBeanMethods = false)
class LetterSweep {

	private static final Logger log = LoggerFactory.getLogger(LetterSweep.class);

	@Bean
	RecurringTask<Void> letterSweepTask(Letters letters, Signatures signatures, SignatureImports imports,
			SchedulerSettings settings) {
		return Tasks.recurring("letters-sweep", FixedDelay.of(settings.pollingInterval()))
			.execute((instance, context) -> {
				int changed = letters.openAndCloseDue();
				if (changed > 0) {
					log.info("Opened or closed {} letter(s) on time", changed);
				}
				int expired = signatures.expireRequests();
				if (expired > 0) {
					log.info("Ended {} unconfirmed signature request(s) whose links ran out", expired);
				}
				int forgotten = imports.purgeExpired();
				if (forgotten > 0) {
					log.info("Forgot {} uploaded file(s) of signers whose time for import ran out", forgotten);
				}
			});
	}

}
