package org.adelante.organizations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.adelante.organizations.OrganizationChanged.Change;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Page;
import org.adelante.shared.Text;
import org.adelante.shared.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The organisations module's entry point: the registry of organisations, its search and
 * deduplication, and our own organisation's settings.
 */
@Service
public class Organizations {

	/**
	 * How long our own organisation is served from memory; a change made on another node
	 * shows here within this time, one made here at once.
	 */
	static final Duration OWN_CACHE_TIME = Duration.ofSeconds(30);

	/** Lookups by key are split into queries of at most this many keys. */
	private static final int LOOKUP_CHUNK = 500;

	/**
	 * How often {@link #resolve} looks again when the organisation it found was merged
	 * away before it could lock it.
	 */
	private static final int RESOLVE_ATTEMPTS = 5;

	private final OrganizationRepository organizations;

	private final OwnOrganizationRepository own;

	private final SectorRepository sectors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AtomicLong ownGeneration = new AtomicLong();

	private volatile CachedOwn cachedOwn;

	Organizations(OrganizationRepository organizations, OwnOrganizationRepository own, SectorRepository sectors,
			ApplicationEventPublisher events, Clock clock) {
		this.organizations = organizations;
		this.own = own;
		this.sectors = sectors;
		this.events = events;
		this.clock = clock;
	}

	/** Our own organisation; cheap enough to call on every request. */
	public OwnOrganization ownOrganization() {
		Instant now = this.clock.instant();
		CachedOwn cached = this.cachedOwn;
		if (cached != null && cached.freshAt(now)) {
			return cached.value();
		}
		long generation = this.ownGeneration.get();
		OwnOrganization loaded = loadOwn();
		synchronized (this.ownGeneration) {
			if (this.ownGeneration.get() == generation) {
				this.cachedOwn = new CachedOwn(loaded, now);
			}
		}
		return loaded;
	}

	/** Our organisation's logo, if one was uploaded. */
	public Optional<Logo> logo() {
		return this.own.logo();
	}

	/**
	 * Saves our organisation's settings and records who changed them.
	 * @throws FieldProblems.InvalidInput if the details are not acceptable
	 */
	@Transactional
	public void updateOwn(OwnOrganizationDetails details) {
		details.problems().throwIfAny();
		Instant now = this.clock.instant();
		this.own.save(details, now);
		this.events.publishEvent(new OwnOrganizationChanged(details.name(), details.timeZone(), Actor.current(), now));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				forgetOwn();
			}
		});
	}

	/** A registered organisation's logo, if it has one. */
	public Optional<Logo> logo(long organizationId) {
		return this.organizations.logo(organizationId);
	}

	public Optional<Organization> find(long id) {
		return this.organizations.findById(id);
	}

	/**
	 * The organisation with the key.
	 * @throws OrganizationNotFound if there is none
	 */
	public Organization get(long id) {
		return find(id).orElseThrow(() -> new OrganizationNotFound(id));
	}

	/**
	 * The organisations with the given keys, in the order of the keys; unknown keys are
	 * skipped and a repeated key gives its organisation once.
	 */
	public List<Organization> findAll(Collection<Long> ids) {
		List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
		Map<Long, Organization> found = new LinkedHashMap<>();
		for (int from = 0; from < distinct.size(); from += LOOKUP_CHUNK) {
			List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + LOOKUP_CHUNK));
			found.putAll(this.organizations.findByIds(chunk)
				.stream()
				.collect(Collectors.toMap(Organization::id, Function.identity())));
		}
		return distinct.stream().map(found::get).filter((organization) -> organization != null).toList();
	}

	/** Every organisation, sorted by name. */
	public List<Organization> all() {
		return this.organizations.findAll();
	}

	/**
	 * Organisations whose name, acronym, city, region or website host contain every word
	 * of the query, ignoring case and accents; sorted by name.
	 */
	public List<Organization> search(String query, int limit) {
		return this.organizations.search(query, Math.max(0, limit), 0);
	}

	/**
	 * One page of the organisations matching the query (all of them for a blank query).
	 * @param page the page number from 1
	 */
	public Page<Organization> page(String query, int page, int size) {
		int pageSize = Math.max(1, size);
		int number = Math.max(1, page);
		long total = this.organizations.count(query);
		return new Page<>(this.organizations.search(query, pageSize, Page.offset(number, pageSize)), number, pageSize,
				total);
	}

	/**
	 * Adds an organisation to the registry.
	 * @throws FieldProblems.InvalidInput if the details are not acceptable
	 */
	@Transactional
	public Organization create(OrganizationDetails details) {
		check(details);
		Instant now = this.clock.instant();
		long id = this.organizations.insert(details, now);
		this.events.publishEvent(new OrganizationChanged(id, Change.CREATED, details.name(), Actor.current(), now));
		return get(id);
	}

	/**
	 * Changes an organisation's details.
	 * @throws OrganizationNotFound if there is no such organisation
	 * @throws FieldProblems.InvalidInput if the details are not acceptable
	 */
	@Transactional
	public Organization update(long id, OrganizationDetails details) {
		check(details);
		Instant now = this.clock.instant();
		if (!this.organizations.update(id, details, now)) {
			throw new OrganizationNotFound(id);
		}
		this.events.publishEvent(new OrganizationChanged(id, Change.UPDATED, details.name(), Actor.current(), now));
		return get(id);
	}

	/**
	 * Merges two registry entries for the same organisation: the survivor keeps its
	 * details, fills in what it lacks from the loser (website, place, scope, sector,
	 * logo), and takes the loser's name, acronym and other names as other names and its
	 * email domains (and website host) as domains; the loser is deleted. Modules that
	 * refer to organisations repoint their references in the same transaction, on
	 * {@link OrganizationsMerged}.
	 * @return the survivor as it is now
	 * @throws FieldProblems.InvalidInput (on the field {@code other}) if the two are one
	 * organisation or either does not exist
	 */
	@Transactional
	public Organization merge(long survivorId, long loserId) {
		if (survivorId == loserId) {
			throw new FieldProblems.InvalidInput(new FieldProblems().add("other", "organizations.merge.error.same"));
		}
		// The lower key first, so that two merges of the same pair wait for each other.
		boolean lowerExists = this.organizations.lockRow(Math.min(survivorId, loserId));
		boolean higherExists = this.organizations.lockRow(Math.max(survivorId, loserId));
		Optional<Organization> survivor = (lowerExists && higherExists) ? find(survivorId) : Optional.empty();
		Optional<Organization> loser = (lowerExists && higherExists) ? find(loserId) : Optional.empty();
		if (survivor.isEmpty() || loser.isEmpty()) {
			throw new FieldProblems.InvalidInput(new FieldProblems().add("other", "organizations.merge.error.missing"));
		}
		Instant now = this.clock.instant();
		this.organizations.update(survivorId, Merging.details(survivor.get(), loser.get()), now);
		this.organizations.copyLogoIfMissing(survivorId, loserId);
		this.organizations.delete(loserId);
		this.events.publishEvent(new OrganizationsMerged(survivorId, loserId, survivor.get().name(), loser.get().name(),
				Actor.current(), now));
		return get(survivorId);
	}

	/**
	 * Organisations that may be the same as one with these details, by the rules
	 * {@link #match} follows: the same normalised name (ignoring case, accents,
	 * punctuation, words such as "the", "la" or "el" and legal forms such as "Inc." or
	 * "A.C."), a name that is another's alias, the same acronym, or a domain of its
	 * website or email; the likeliest first.
	 */
	@Transactional(readOnly = true)
	public List<Organization> similarTo(OrganizationDetails details) {
		return matching(details.keys());
	}

	/**
	 * Other registered organisations that may be the same as this one, by the rules of
	 * {@link #similarTo(OrganizationDetails)}; the likeliest first.
	 */
	@Transactional(readOnly = true)
	public List<Organization> similarTo(Organization organization) {
		return matching(MatchKeys.of(organization)).stream()
			.filter((other) -> other.id() != organization.id())
			.toList();
	}

	/**
	 * The registered organisation the candidate most likely is, by the first rule that
	 * finds one: the same normalised name; the name is one of its aliases; the same
	 * acronym (an acronym in brackets after the name, as in "Red Fronteriza (RFJ)", or a
	 * name that is an acronym, counts); the candidate's website host or email domain is
	 * one of its domains or under one. Free email and internet providers' domains never
	 * identify an organisation. Among organisations found by the same rule, the one added
	 * first.
	 */
	@Transactional(readOnly = true)
	public Optional<Organization> match(OrganizationCandidate candidate) {
		return matching(MatchKeys.of(candidate)).stream().findFirst();
	}

	/**
	 * For organisations described together, none of which the registry holds (the new
	 * organisations of an imported list of signers), which earlier one each would be
	 * {@link #match matched} to once the earlier ones are added by {@link #resolve}: the
	 * same rules, told before anything is added.
	 * @return for each candidate, the index of the earlier one it is, or -1 for one that
	 * would be added as an organisation of its own
	 */
	public int[] sameAmong(List<OrganizationCandidate> candidates) {
		int[] earlier = new int[candidates.size()];
		MatchKeys.Index added = new MatchKeys.Index();
		for (int i = 0; i < candidates.size(); i++) {
			earlier[i] = added.first(MatchKeys.of(candidates.get(i)));
			if (earlier[i] < 0) {
				added.add(candidateDetails(candidates.get(i)).keys(), i);
			}
		}
		return earlier;
	}

	/**
	 * The registered organisation the candidate {@link #match matches}, or a new one made
	 * from it (its name, website, place and scope). Two transactions resolving the same
	 * candidate at once add it once: only one adds at a time, and each looks again for a
	 * match first. The organisation found stays locked until the caller's transaction
	 * ends, so it cannot be {@link #merge merged} away before the caller's reference to
	 * it is stored.
	 * @throws FieldProblems.InvalidInput if the candidate cannot be registered
	 */
	@Transactional
	public Organization resolve(OrganizationCandidate candidate) {
		boolean locked = false;
		for (int attempt = 0; attempt < RESOLVE_ATTEMPTS; attempt++) {
			Optional<Organization> match = match(candidate);
			if (match.isPresent() && this.organizations.lockRow(match.get().id())) {
				return get(match.get().id());
			}
			if (match.isEmpty()) {
				if (locked) {
					return create(candidateDetails(candidate));
				}
				this.organizations.lockRegistry();
				locked = true;
			}
		}
		throw new IllegalStateException("The organisations matching a candidate kept disappearing");
	}

	/**
	 * Whether the email address is at one of the organisation's own domains: one of its
	 * email domains or its website host, or a subdomain of one. Never for a free email or
	 * internet provider's domain.
	 */
	@Transactional(readOnly = true)
	public boolean emailDomainMatches(long organizationId, String email) {
		String domain = OrganizationNames.emailDomain(email);
		return find(organizationId).map((organization) -> MatchKeys.of(organization).owns(domain)).orElse(false);
	}

	/**
	 * Makes again, by the current rules, the stored keys of organisations whose keys were
	 * made by older ones.
	 * @return how many organisations were given new keys
	 */
	@Transactional
	int renewOldKeys() {
		this.organizations.lockRegistry();
		int renewed = 0;
		List<Long> ids = this.organizations.idsWithOldKeys(LOOKUP_CHUNK);
		while (!ids.isEmpty()) {
			for (Organization organization : findAll(ids)) {
				this.organizations.writeKeys(organization.id(), MatchKeys.of(organization));
				renewed++;
			}
			ids = this.organizations.idsWithOldKeys(LOOKUP_CHUNK);
		}
		return renewed;
	}

	/** The organisations with keys these match, surest first. */
	private List<Organization> matching(MatchKeys keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		return findAll(MatchKeys.rank(keys, this.organizations.keysSharedWith(keys)));
	}

	/**
	 * What a candidate registers: a website typed without {@code https://} gets it.
	 */
	private static OrganizationDetails candidateDetails(OrganizationCandidate candidate) {
		String website = Text.line(candidate.website());
		if (website != null && !FieldProblems.isWebAddress(website)
				&& FieldProblems.isWebAddress("https://" + website)) {
			website = "https://" + website;
		}
		return new OrganizationDetails(candidate.name(), null, website, candidate.city(), candidate.region(),
				candidate.country(), candidate.scope(), List.of(), List.of(), null, null, false);
	}

	private void check(OrganizationDetails details) {
		FieldProblems problems = details.problems();
		if (details.sectorId() != null && this.sectors.findById(details.sectorId()).isEmpty()) {
			problems.add("sector", "validation.choose");
		}
		problems.throwIfAny();
	}

	private OwnOrganization loadOwn() {
		OwnOrganizationRepository.OwnRow row = this.own.find().orElse(OwnOrganizationRepository.OwnRow.DEFAULT);
		boolean hasLogo = row.logoHash() != null;
		return new OwnOrganization(row.name(), row.website(), hasLogo,
				hasLogo ? "/organization/logo?v=" + row.logoHash().substring(0, 16) : null, row.boilerplateEn(),
				row.boilerplateEs(), zone(row.timeZone()), row.updatedAt());
	}

	/** Makes the next read load our organisation again, even if a load is under way. */
	private void forgetOwn() {
		synchronized (this.ownGeneration) {
			this.ownGeneration.incrementAndGet();
			this.cachedOwn = null;
		}
	}

	private static ZoneId zone(String id) {
		try {
			return ZoneId.of(id);
		}
		catch (RuntimeException ex) {
			return ZoneId.of("UTC");
		}
	}

	private record CachedOwn(OwnOrganization value, Instant loadedAt) {

		boolean freshAt(Instant now) {
			return !now.isBefore(this.loadedAt) && now.isBefore(this.loadedAt.plus(OWN_CACHE_TIME));
		}

	}

}
