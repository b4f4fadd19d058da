package org.adelante.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.adelante.organizations.SectorChanged.Change;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;
import org.adelante.shared.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of sectors staff keep and sort organisations into. Two sectors never have
 * names that differ only in case, accents or punctuation.
 */
@Service
public class Sectors {

	private final SectorRepository sectors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Sectors(SectorRepository sectors, ApplicationEventPublisher events, Clock clock) {
		this.sectors = sectors;
		this.events = events;
		this.clock = clock;
	}

	/** Every sector with how many organisations are in it, sorted by name. */
	public List<SectorUse> all() {
		return this.sectors.all();
	}

	/**
	 * The sector with the key.
	 * @throws SectorNotFound if there is none
	 */
	public Sector get(long id) {
		return this.sectors.findById(id).orElseThrow(() -> new SectorNotFound(id));
	}

	/**
	 * The sector with the key and how many organisations are in it.
	 * @throws SectorNotFound if there is none
	 */
	public SectorUse use(long id) {
		return this.sectors.use(id).orElseThrow(() -> new SectorNotFound(id));
	}

	/**
	 * Adds a sector.
	 * @throws FieldProblems.InvalidInput if the name is missing, too long or taken
	 */
	@Transactional
	public Sector add(String name) {
		String cleaned = Text.line(name);
		problems(cleaned, 0).throwIfAny();
		Instant now = this.clock.instant();
		long id;
		try {
			id = this.sectors.insert(cleaned, now);
		}
		catch (DuplicateKeyException ex) {
			throw taken(cleaned);
		}
		this.events.publishEvent(new SectorChanged(id, Change.CREATED, cleaned, Actor.current(), now));
		return get(id);
	}

	/**
	 * Renames a sector.
	 * @throws SectorNotFound if there is no such sector
	 * @throws FieldProblems.InvalidInput if the name is missing, too long or taken
	 */
	@Transactional
	public Sector rename(long id, String name) {
		get(id);
		String cleaned = Text.line(name);
		problems(cleaned, id).throwIfAny();
		Instant now = this.clock.instant();
		try {
			this.sectors.rename(id, cleaned, now);
		}
		catch (DuplicateKeyException ex) {
			throw taken(cleaned);
		}
		this.events.publishEvent(new SectorChanged(id, Change.RENAMED, cleaned, Actor.current(), now));
		return get(id);
	}

	/**
	 * Deletes a sector; the organisations in it are then in none.
	 * @throws SectorNotFound if there is no such sector
	 */
	@Transactional
	public void delete(long id) {
		Sector sector = get(id);
		this.sectors.delete(id);
		this.events
			.publishEvent(new SectorChanged(id, Change.DELETED, sector.name(), Actor.current(), this.clock.instant()));
	}

	/**
	 * What is wrong with a name for a sector, which other sectors than {@code exceptId}
	 * must not have.
	 */
	private FieldProblems problems(String name, long exceptId) {
		FieldProblems problems = new FieldProblems();
		problems.required("name", name).maxLength("name", name, Sector.NAME_MAX);
		if (!problems.has("name") && SectorRepository.key(name).isEmpty()) {
			problems.add("name", "organizations.sectors.error.noWords");
		}
		if (!problems.has("name")) {
			this.sectors.withSameName(name, exceptId)
				.ifPresent((other) -> problems.add("name", "organizations.sectors.error.taken", other.name()));
		}
		return problems;
	}

	/**
	 * Refuses a name another transaction has just given a sector; nothing may run in the
	 * transaction after the refused statement, so the refusal ends it.
	 */
	private static FieldProblems.InvalidInput taken(String name) {
		return new FieldProblems.InvalidInput(
				new FieldProblems().add("name", "organizations.sectors.error.taken", name));
	}

}
