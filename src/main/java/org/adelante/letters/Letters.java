package org.adelante.letters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.adelante.letters.SignatureRepository.NewSignature;
import org.adelante.organizations.Organization;
import org.adelante.organizations.Organizations;
import org.adelante.shared.Text;
import org.adelante.shared.SafeHtml;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Page;
import org.adelante.shared.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The letters module's API for letters: writing them, opening and closing them (by hand
 * or on time), and reading what is public. The convening organisations are a letter's
 * first signatories: they are listed, and counted, from the moment it opens.
 */
@Service
public class Letters {

	/** Letters per page on the public list. */
	public static final int PAGE_SIZE = 20;

	private final LetterRepository letters;

	private final SignatureRepository signatures;

	private final TextRevisionRepository revisions;

	private final Organizations organizations;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Letters(LetterRepository letters, SignatureRepository signatures, TextRevisionRepository revisions,
			Organizations organizations, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.letters = letters;
		this.signatures = signatures;
		this.revisions = revisions;
		this.organizations = organizations;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Saves a new draft. A draft with an opening time must be ready to open.
	 * @throws FieldProblems.InvalidInput if the content is not acceptable
	 */
	@Transactional
	public Letter create(LetterContent content) {
		FieldProblems problems = (content.opensAt() != null) ? content.problemsToOpen() : content.problemsToSave();
		checkReferences(content, null, problems).throwIfAny();
		Instant now = this.clock.instant();
		long id = this.letters.insert(content, Actor.current(), now);
		this.revisions.insert(id, new TextVersion(1, content.textHash()), TextChange.FIRST, content, Actor.current(),
				now);
		Letter letter = get(id);
		this.events.publishEvent(new LetterCreated(id, letter.title(), Actor.current(), now));
		return letter;
	}

	/**
	 * Saves new content for a letter whose text is unchanged, or that nobody has signed
	 * yet.
	 * @see #update(long, LetterContent, int, TextChange)
	 */
	@Transactional
	public Letter update(long id, LetterContent content, int version) {
		return update(id, content, version, null);
	}

	/**
	 * Saves new content for a letter, if nobody else saved it since the organiser opened
	 * it. A public letter, or one with an opening time, must stay ready to open; a new
	 * address keeps the old one working. Once anybody but its conveners has signed, a new
	 * text must be said to be a {@link TextChange#MATERIAL material} change (a new
	 * version) or a {@link TextChange#CORRECTION correction} (the same version); before
	 * that, the text is simply replaced.
	 * @param textChange what a new text is, or {@code null} if the organiser did not say
	 * @throws FieldProblems.InvalidInput if the content is not acceptable, or the text
	 * changed on a signed letter and {@code textChange} does not say how
	 * @throws LetterChangedElsewhere if someone else saved it meanwhile
	 */
	@Transactional
	public Letter update(long id, LetterContent content, int version, TextChange textChange) {
		Letter letter = get(id);
		Instant now = this.clock.instant();
		boolean mustBeOpenable = letter.isPublicAt(now) || content.opensAt() != null;
		FieldProblems problems = mustBeOpenable ? content.problemsToOpen() : content.problemsToSave();
		checkReferences(content, id, problems).throwIfAny();
		this.letters.lock(id);
		Letter current = get(id);
		boolean newText = !current.content().hasTextOf(content);
		boolean signed = newText && this.revisions.anySigned(id);
		if (signed && (textChange == null || textChange == TextChange.FIRST)) {
			long signatures = this.revisions.signaturesPerVersion(id)
				.values()
				.stream()
				.mapToLong(Long::longValue)
				.sum();
			new FieldProblems().add("textChange", "letters.textChange.required", signatures).throwIfAny();
		}
		if (!this.letters.update(id, content, version, now)) {
			throw new LetterChangedElsewhere(id);
		}
		if (!letter.slug().equals(content.slug())) {
			this.letters.rememberOldSlug(id, letter.slug(), content.slug(), now);
		}
		if (newText) {
			reviseText(current, content, signed ? textChange : null, now);
		}
		if (letter.status() != LetterStatus.DRAFT) {
			listConveners(get(id), now);
		}
		Letter saved = get(id);
		this.events.publishEvent(new LetterChanged(id, saved.title(), Actor.current(), now));
		return saved;
	}

	/**
	 * Records the letter's new text: a new version or a correction of a signed one, or a
	 * new wording of the one revision an unsigned letter has.
	 */
	private void reviseText(Letter letter, LetterContent content, TextChange change, Instant now) {
		String hash = content.textHash();
		if (change == null) {
			if (this.revisions.latest(letter.id()).isPresent()) {
				this.revisions.rewriteLatest(letter.id(), hash, content, Actor.current(), now);
			}
			else {
				this.revisions.insert(letter.id(), new TextVersion(letter.text().number(), hash), TextChange.FIRST,
						content, Actor.current(), now);
			}
			this.letters.setText(letter.id(), new TextVersion(letter.text().number(), hash));
			return;
		}
		int number = (change == TextChange.MATERIAL) ? letter.text().number() + 1 : letter.text().number();
		TextVersion version = new TextVersion(number, hash);
		this.revisions.insert(letter.id(), version, change, content, Actor.current(), now);
		this.letters.setText(letter.id(), version);
		this.events.publishEvent(new LetterTextRevised(letter.id(), content.title(content.languages().get(0)), version,
				change, Actor.current(), now));
	}

	/** The letter's texts, the newest first. */
	@Transactional(readOnly = true)
	public List<TextRevision> revisions(long id) {
		return this.revisions.all(id);
	}

	/**
	 * How many signatures (other than the conveners') stand on each version of the
	 * letter's text.
	 */
	@Transactional(readOnly = true)
	public Map<Integer, Long> signaturesPerVersion(long id) {
		return this.revisions.signaturesPerVersion(id);
	}

	/**
	 * Opens a letter for signatures now (a closed one again, its past closing time
	 * cleared), listing its conveners.
	 * @throws FieldProblems.InvalidInput if it is not ready to open
	 */
	@Transactional
	public Letter openNow(long id) {
		Letter letter = get(id);
		letter.content().problemsToOpen().throwIfAny();
		this.letters.lock(id);
		Letter current = get(id);
		if (current.status() != LetterStatus.OPEN || !current.isOpenAt(this.clock.instant())) {
			open(current, Actor.current(), this.clock.instant(), true);
		}
		return get(id);
	}

	/** Stops a letter taking signatures now. */
	@Transactional
	public Letter closeNow(long id) {
		get(id);
		this.letters.lock(id);
		Letter current = get(id);
		Instant now = this.clock.instant();
		if (current.status() != LetterStatus.CLOSED) {
			close(current, now, Actor.current(), now);
		}
		return get(id);
	}

	/**
	 * Opens every draft whose opening time has come and closes every letter whose closing
	 * time has: called by the letters sweep, each letter in its own transaction so one
	 * failure stops no other.
	 * @return how many letters opened or closed
	 */
	public int openAndCloseDue() {
		int changed = 0;
		for (long id : this.letters.dueToOpen(this.clock.instant())) {
			Boolean done = this.transactions.execute((status) -> {
				this.letters.lock(id);
				Instant now = this.clock.instant();
				Letter letter = get(id);
				if (letter.status() != LetterStatus.DRAFT || letter.content().opensAt() == null
						|| now.isBefore(letter.content().opensAt())) {
					return false;
				}
				open(letter, Actor.SYSTEM, letter.content().opensAt(), false);
				return true;
			});
			changed += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		for (long id : this.letters.dueToClose(this.clock.instant())) {
			Boolean done = this.transactions.execute((status) -> {
				this.letters.lock(id);
				Instant now = this.clock.instant();
				Letter letter = get(id);
				if (letter.status() == LetterStatus.CLOSED || letter.statusAt(now) != LetterStatus.CLOSED) {
					return false;
				}
				close(letter, letter.content().closesAt(), Actor.SYSTEM, now);
				return true;
			});
			changed += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return changed;
	}

	private void open(Letter letter, String actor, Instant openedAt, boolean byHand) {
		Instant now = this.clock.instant();
		this.letters.markOpened(letter.id(), openedAt, byHand, now);
		listConveners(get(letter.id()), now);
		this.events.publishEvent(new LetterOpened(letter.id(), letter.title(), actor, now));
	}

	private void close(Letter letter, Instant closedAt, String actor, Instant now) {
		this.letters.markClosed(letter.id(), closedAt, now);
		this.events.publishEvent(new LetterClosed(letter.id(), letter.title(), actor, now));
	}

	/**
	 * Makes the letter's conveners its listed signatories (an organisation that signed
	 * already becomes a convener), and a former convener that nobody signed for leaves
	 * the list. Called under the letter's lock.
	 */
	private void listConveners(Letter letter, Instant now) {
		List<Long> wanted = letter.content().convenerIds();
		Map<Long, Organization> found = this.organizations.findAll(wanted)
			.stream()
			.collect(Collectors.toMap(Organization::id, Function.identity()));
		for (Signature current : this.signatures.conveners(letter.id())) {
			if (current.organizationId() == null || !wanted.contains(current.organizationId())) {
				if (!this.signatures.deleteUnconfirmed(current.id())) {
					this.signatures.setConvener(current.id(), false);
				}
			}
		}
		for (long organizationId : wanted) {
			Organization organization = found.get(organizationId);
			if (organization == null) {
				continue;
			}
			String key = Signatures.organizationKey(organizationId);
			Optional<Signature> existing = this.signatures.findByKey(letter.id(), key);
			if (existing.isPresent()) {
				this.signatures.setConvener(existing.get().id(), true);
			}
			else {
				long signatureId = this.signatures.insertSignature(letter.id(),
						new NewSignature(SignerKind.ORGANIZATION, key, organizationId, organization.name(),
								organization.city(), organization.region(), organization.country(),
								organization.scope(), SignatureStatus.LISTED, true, letter.text()),
						SignatureSource.STAFF, now, now);
				this.events.publishEvent(
						new SignatureListed(letter.id(), signatureId, SignerKind.ORGANIZATION, Actor.current(), now));
			}
		}
		this.letters.refreshCounts(letter.id(), now);
	}

	/**
	 * Makes the names on a letter's list public at the time (now, if it has passed), such
	 * as the moment the press release announcing it goes out. A list that is public
	 * already stays so: nothing changes. The letter's version moves, so an organiser
	 * editing it meanwhile is told rather than saving the old time back.
	 * @return the letter as it is now
	 */
	@Transactional
	public Letter publishListAt(long id, Instant at) {
		get(id);
		this.letters.lock(id);
		Letter letter = get(id);
		Instant now = this.clock.instant();
		if (letter.listIsPublicAt(now)) {
			return letter;
		}
		Instant listAt = at.isAfter(now) ? at.truncatedTo(ChronoUnit.MICROS) : now;
		this.letters.setListPublicAt(id, listAt, now);
		this.events.publishEvent(new LetterListScheduled(id, letter.title(), listAt, Actor.current(), now));
		return get(id);
	}

	/**
	 * What a press release announcing the letter says of it: its counts, conveners,
	 * targets and addresses, whether or not it is public yet.
	 * @throws LetterNotFound if there is no such letter
	 */
	@Transactional(readOnly = true)
	public LetterAnnouncement announcement(long id) {
		Letter letter = get(id);
		Instant now = this.clock.instant();
		LetterContent content = letter.content();
		Map<Long, Organization> found = this.organizations.findAll(content.convenerIds())
			.stream()
			.collect(Collectors.toMap(Organization::id, Function.identity()));
		List<String> conveners = content.convenerIds()
			.stream()
			.map(found::get)
			.filter((organization) -> organization != null)
			.map(Organization::name)
			.toList();
		return new LetterAnnouncement(letter.id(), letter.slug(), content.titleEn(), content.titleEs(),
				content.languages(), content.targets().stream().map(Target::line).toList(), conveners,
				content.signers(), letter.listedOrganizations(), letter.listedIndividuals(), letter.statusAt(now),
				content.listPublicAt(), letter.listIsPublicAt(now));
	}

	/**
	 * What a post featuring the letter shows of it, in the language (or the letter's
	 * other one); empty unless the letter is public now.
	 */
	@Transactional(readOnly = true)
	public Optional<LetterFeature> feature(long id, String language) {
		Instant now = this.clock.instant();
		return this.letters.find(id).filter((letter) -> letter.isPublicAt(now)).map((letter) -> {
			LetterContent content = letter.content();
			String shown = content.languageFor(language);
			Signers signers = content.signers();
			return new LetterFeature(letter.id(), content.title(shown), shown,
					Text.excerpt(SafeHtml.plainText(content.text(shown)), LetterFeature.EXCERPT_MAX), letter.url(),
					letter.statusAt(now),
					signers.allows(SignerKind.ORGANIZATION) ? SignatureCount.of(SignerKind.ORGANIZATION,
							letter.listedOrganizations(), content.milestones()) : null,
					signers.allows(SignerKind.INDIVIDUAL)
							? SignatureCount.of(SignerKind.INDIVIDUAL, letter.listedIndividuals(), content.milestones())
							: null,
					letter.lastChangeAt(now));
		});
	}

	@Transactional(readOnly = true)
	public Optional<Letter> find(long id) {
		return this.letters.find(id);
	}

	/**
	 * The letter with the key.
	 * @throws LetterNotFound if there is none
	 */
	public Letter get(long id) {
		return this.letters.find(id).orElseThrow(() -> new LetterNotFound(id));
	}

	/** A letter readers may see now, by its address. */
	@Transactional(readOnly = true)
	public Optional<Letter> findPublic(String slug) {
		Instant now = this.clock.instant();
		return this.letters.findBySlug(slug).filter((letter) -> letter.isPublicAt(now));
	}

	/** The public letter that used to have this address, now at another. */
	@Transactional(readOnly = true)
	public Optional<Letter> movedFrom(String oldSlug) {
		Instant now = this.clock.instant();
		return this.letters.findByOldSlug(oldSlug).filter((letter) -> letter.isPublicAt(now));
	}

	/** Public letters, those taking signatures first, then the most recently closed. */
	@Transactional(readOnly = true)
	public Page<Letter> publicLetters(int page) {
		Instant now = this.clock.instant();
		int number = Math.max(page, 1);
		return new Page<>(this.letters.publicLetters(now, Page.offset(number, PAGE_SIZE), PAGE_SIZE), number, PAGE_SIZE,
				this.letters.countPublic(now));
	}

	/** When anything the public letters show last changed. */
	@Transactional(readOnly = true)
	public Optional<Instant> lastPublicChange() {
		return this.letters.lastPublicChange(this.clock.instant());
	}

	/** Every letter for staff, most recently changed first. */
	@Transactional(readOnly = true)
	public Page<Letter> all(int page, int size) {
		int number = Math.max(page, 1);
		return new Page<>(this.letters.all(Page.offset(number, size), size), number, size, this.letters.countAll());
	}

	/**
	 * Letters taking signatures that close within the time from now, the soonest first.
	 */
	@Transactional(readOnly = true)
	public List<Letter> closingWithin(Duration within, int limit) {
		Instant now = this.clock.instant();
		return this.letters.closingBefore(now, now.plus(within), limit);
	}

	/** The time now, as letters see it. */
	public Instant now() {
		return this.clock.instant();
	}

	private FieldProblems checkReferences(LetterContent content, Long id, FieldProblems problems) {
		if (!problems.has("slug")) {
			this.letters.slugOwner(content.slug())
				.filter((owner) -> !owner.equals(id))
				.ifPresent((owner) -> problems.add("slug", "letters.slug.taken"));
		}
		if (this.organizations.findAll(content.convenerIds()).size() != content.convenerIds().size()) {
			problems.add("convenerIds", "letters.conveners.invalid");
		}
		return problems;
	}

}
