package org.adelante.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.adelante.newsroom.MediaContactChanged.Change;
import org.adelante.shared.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reusable media contacts that releases name.
 */
@Service
public class MediaContacts {

	private final MediaContactRepository contacts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MediaContacts(MediaContactRepository contacts, ApplicationEventPublisher events, Clock clock) {
		this.contacts = contacts;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public MediaContact create(MediaContact.Details details) {
		details.problems().throwIfAny();
		Instant now = this.clock.instant();
		long id = this.contacts.insert(details, now);
		changed(id, Change.CREATED, details.name(), now);
		return this.contacts.find(id).orElseThrow();
	}

	@Transactional
	public MediaContact update(long id, MediaContact.Details details) {
		details.problems().throwIfAny();
		Instant now = this.clock.instant();
		if (!this.contacts.update(id, details, now)) {
			throw new ContactNotFound(id);
		}
		changed(id, Change.CHANGED, details.name(), now);
		return this.contacts.find(id).orElseThrow();
	}

	@Transactional
	public void delete(long id) {
		MediaContact contact = find(id).orElseThrow(() -> new ContactNotFound(id));
		if (this.contacts.isUsed(id)) {
			throw new ContactInUse(id);
		}
		this.contacts.delete(id);
		changed(id, Change.DELETED, contact.name(), this.clock.instant());
	}

	private void changed(long id, Change change, String name, Instant now) {
		this.events.publishEvent(new MediaContactChanged(id, change, name, Actor.current(), now));
	}

	@Transactional(readOnly = true)
	public Optional<MediaContact> find(long id) {
		return this.contacts.find(id);
	}

	@Transactional(readOnly = true)
	public List<MediaContact> all() {
		return this.contacts.all();
	}

	/** The contacts with these keys, in the given order; unknown keys are skipped. */
	@Transactional(readOnly = true)
	public List<MediaContact> findAll(Collection<Long> ids) {
		return this.contacts.findAll(ids);
	}

	/** There is no media contact with this key. */
	public static class ContactNotFound extends org.adelante.shared.NotFound {

		public ContactNotFound(long id) {
			super("Media contact " + id);
		}

	}

}
