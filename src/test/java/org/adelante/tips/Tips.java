package org.adelante.tips;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.adelante.mail.MailTemplates;
import org.adelante.mail.Outbox;
import org.adelante.newsroom.PostPublished;
import org.adelante.shared.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tips module's API: readers send tips and get a confirmation email; editors read
 * them. It follows the newsroom's publications to ask readers about the latest release.
 */
@Service
public class Tips {

	private final TipRepository tips;

	private final Outbox outbox;

	private final MailTemplates mail;

	private final TipsSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Tips(TipRepository tips, Outbox outbox, MailTemplates mail, TipsSettings settings, ApplicationEventPublisher events,
			Clock clock) {
		this.tips = tips;
		this.outbox = outbox;
		this.mail = mail;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a tip and emails its sender a confirmation, in one transaction.
	 * @throws org.adelante.shared.FieldProblems.InvalidInput if the tip is not acceptable
	 */
	@Transactional
	public long submit(TipDetails details, Locale locale) {
		details.problems(this.settings.maxLength()).throwIfAny();
		Instant now = this.clock.instant();
		long id = this.tips.insert(details, now);
		this.outbox.queue(this.mail.compose(details.email(), details.name(), locale, "tips.mail.subject", null,
				"tips/mail/confirmation", Map.of("name", details.name())));
		this.events.publishEvent(new TipReceived(id, Actor.current(), now));
		return id;
	}

	@Transactional(readOnly = true)
	public List<Tip> latest(int limit) {
		return this.tips.latest(limit);
	}

	/** The title of the newsroom's latest publication, if any has been published. */
	@Transactional(readOnly = true)
	public Optional<String> latestRelease() {
		return this.tips.latestRelease();
	}

	public int maxLength() {
		return this.settings.maxLength();
	}

	@ApplicationModuleListener
	void on(PostPublished event) {
		if (event.news()) {
			this.tips.rememberRelease(event.title(), event.publishedAt());
		}
	}

}
