package org.adelante.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.adelante.accounts.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reusable media contacts that releases name.
 */
@Service
public class MediaContacts {

	private final MediaContactRepository contacts;

	private final AuditLog audit;

	private final Clock clock;

	MediaContacts(MediaContactRepository contacts, AuditLog audit, Clock clock) {
		this.contacts = contacts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public MediaContact create(MediaContact.Details details) {
		details.problems().throwIfAny();
		long id = this.contacts.insert(details, this.clock.instant());
		this.audit.record("contact.created", "contact", id, details.name());
		return this.contacts.find(id).orElseThrow();
	}

	@Transactional
	public MediaContact update(long id, MediaContact.Details details) {
		details.problems().throwIfAny();
		if (!this.contacts.update(id, details, this.clock.instant())) {
			throw new ContactNotFound(id);
		}
		this.audit.record("contact.changed", "contact", id, details.name());
		return this.contacts.find(id).orElseThrow();
	}

	@Transactional
	public void delete(long id) {
		MediaContact contact = find(id).orElseThrow(() -> new ContactNotFound(id));
		if (this.contacts.isUsed(id)) {
			throw new ContactInUse(id);
		}
		this.contacts.delete(id);
		this.audit.record("contact.deleted", "contact", id, contact.name());
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

	/** When any media contact last changed; pages that show contacts change with it. */
	@Transactional(readOnly = true)
	public Optional<Instant> lastChange() {
		return this.contacts.lastChange();
	}

	/** There is no media contact with this key. */
	public static class ContactNotFound extends org.adelante.shared.NotFound {

		public ContactNotFound(long id) {
			super("Media contact " + id);
		}

	}

}
