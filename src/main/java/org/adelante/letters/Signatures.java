package org.adelante.letters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.adelante.letters.SignatureRepository.Contact;
import org.adelante.letters.SignatureRepository.EarlierSigner;
import org.adelante.letters.SignatureRepository.NewSignature;
import org.adelante.letters.SignatureRepository.Request;
import org.adelante.letters.SignatureRepository.RequestState;
import org.adelante.mail.MailTemplates;
import org.adelante.mail.Outbox;
import org.adelante.organizations.Organization;
import org.adelante.organizations.OrganizationCandidate;
import org.adelante.organizations.Organizations;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.Emails;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Page;
import org.adelante.shared.SecretTokens;
import org.adelante.shared.Text;
import org.adelante.shared.security.Actor;
import org.adelante.shared.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters module's API for signatures: signing with double opt-in by email,
 * confirming (one signature per organisation, however many people sign for it) and
 * withdrawing through the links in that email, the public list, and staff approval.
 * <p>
 * Asking to sign answers the same whoever asks and however often: a request is stored and
 * an email sent unless the address had its hourly share of emails, and nothing in the
 * answer says whether the address or organisation signed before. Every change to a
 * letter's signatures happens under the letter's row lock, in the transaction that
 * recounts its list, so counts are exact however many confirmations arrive at once.
 */
@Service
public class Signatures {

	/** How long what is left of an ended request is kept, to tell a reused link apart. */
	static final Duration ENDED_REQUESTS_KEPT = Duration.ofDays(90);

	/** The longest name a signature may be listed under. */
	public static final int NAME_MAX = 400;

	private static final Logger logger = LoggerFactory.getLogger(Signatures.class);

	private final LetterRepository letters;

	private final SignatureRepository signatures;

	private final TextRevisionRepository revisions;

	private final SignatoryLists lists;

	private final Organizations organizations;

	private final Outbox outbox;

	private final MailTemplates mail;

	private final AdelanteSettings site;

	private final LettersSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Signatures(LetterRepository letters, SignatureRepository signatures, TextRevisionRepository revisions,
			SignatoryLists lists, Organizations organizations, Outbox outbox, MailTemplates mail, AdelanteSettings site,
			LettersSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.letters = letters;
		this.signatures = signatures;
		this.revisions = revisions;
		this.lists = lists;
		this.organizations = organizations;
		this.outbox = outbox;
		this.mail = mail;
		this.site = site;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Asks to sign a letter: stores the request and emails the signer a link to confirm
	 * it (and one to withdraw), unless their address had its share of emails this hour,
	 * when nothing is stored or sent. The caller answers the same either way.
	 * @param letterId the letter
	 * @param details what the signer sent
	 * @param shownText the hash of the text the signer was shown with the form
	 * ({@link TextVersion#hash}); the letter's present text if {@code null} or not one of
	 * the letter's
	 * @param locale the signer's language, of the email and of the attestation they saw
	 * @throws LetterNotFound if the letter is not public
	 * @throws LetterNotOpen if it does not take signatures now
	 * @throws FieldProblems.InvalidInput if the details are not acceptable
	 */
	@Transactional
	public void request(long letterId, SignatureDetails details, String shownText, Locale locale) {
		issue(letterId, details, shownText, locale);
	}

	/** {@link #request}, giving the links' tokens to tests of this package. */
	@Transactional
	Optional<Links> issue(long letterId, SignatureDetails details, String shownText, Locale locale) {
		Instant now = this.clock.instant();
		Letter letter = this.letters.find(letterId)
			.filter((found) -> found.isPublicAt(now))
			.orElseThrow(() -> new LetterNotFound(letterId));
		if (!letter.isOpenAt(now)) {
			throw new LetterNotOpen(letter);
		}
		SignatureDetails signed = details.forKind();
		FieldProblems problems = signed.problems();
		if (!letter.content().signers().allows(signed.kind())) {
			problems.add("signer", "letters.sign.kindNotAllowed");
		}
		problems.throwIfAny();
		String emailHash = emailHash(signed.email());
		long recent = this.signatures.countRequestsSince(emailHash, now.minus(Duration.ofHours(1)));
		if (recent >= this.settings.confirmationEmailsPerHour()) {
			logger.info("No confirmation email sent for letter {}: the address had {} in the last hour", letterId,
					recent);
			return Optional.empty();
		}
		Links links = new Links(SecretTokens.issue(), SecretTokens.issue());
		String language = language(locale);
		String textHash = (shownText != null && this.revisions.versionWithHash(letterId, shownText).isPresent())
				? shownText : letter.text().hash();
		this.signatures.insertRequest(letterId, signed, language, textHash, SecretTokens.hash(links.confirm()),
				SecretTokens.hash(links.withdraw()), emailHash, now.plus(this.settings.confirmationValidity()), now);
		String title = letter.content().title(letter.content().languageFor(language));
		Map<String, Object> params = new HashMap<>();
		params.put("name", signed.name());
		params.put("letterTitle", title);
		params.put("organization", signed.organizationName());
		params.put("confirmLink", this.site.absolute("/signatures/confirm/" + links.confirm()));
		params.put("withdrawLink", this.site.absolute("/signatures/withdraw/" + links.withdraw()));
		params.put("validDays", this.settings.confirmationValidity().toDays());
		this.outbox.queue(this.mail.compose(signed.email(), signed.name(), Languages.forCode(language),
				"letters.mail.subject", new Object[] { title }, "letters/mail/confirmation", params));
		return Optional.of(links);
	}

	/** What the confirmation link with this token is worth now. */
	@Transactional(readOnly = true)
	public LinkOutcome check(String token) {
		Optional<Request> found = request(token);
		if (found.isEmpty()) {
			return LinkOutcome.unknown();
		}
		Request request = found.get();
		Letter letter = this.letters.find(request.letterId()).orElse(null);
		if (letter == null) {
			return LinkOutcome.unknown();
		}
		return new LinkOutcome(state(request, letter, this.clock.instant()), letter, null);
	}

	/**
	 * Confirms the signature the link was sent for: the organisation is found in the
	 * registry (or added to it); if it signed the letter already, the signer becomes
	 * another contact of that one signature. A new signature is listed at once, or waits
	 * for approval where the letter asks for it.
	 * @return {@link LinkState#DONE} with the signature's status, or why not
	 */
	@Transactional
	public LinkOutcome confirm(String token) {
		Optional<Request> found = request(token);
		if (found.isEmpty()) {
			return LinkOutcome.unknown();
		}
		// The organisation first, then the letter: the order in which a registry merge
		// locks them, so that a merge and a confirmation never wait for each other.
		Organization organization = organizationToConfirm(found.get());
		if (!this.letters.lock(found.get().letterId())) {
			return LinkOutcome.unknown();
		}
		Request request = this.signatures.reload(found.get().id()).orElseThrow();
		Letter letter = this.letters.find(request.letterId()).orElseThrow();
		Instant now = this.clock.instant();
		LinkState state = state(request, letter, now);
		if (state == LinkState.ALREADY) {
			SignatureStatus status = this.signatures.find(request.signatureId()).map(Signature::status).orElse(null);
			return new LinkOutcome(state, letter, status);
		}
		if (state != LinkState.READY) {
			return new LinkOutcome(state, letter, null);
		}
		Confirmed confirmed = count(letter, request, organization, SignatureSource.ONLINE, now);
		this.signatures.markConfirmed(request.id(), confirmed.signatureId(), now);
		return new LinkOutcome(LinkState.DONE, letter, confirmed.status());
	}

	/**
	 * Records a signature gathered outside the site (on paper at a meeting, or by a form
	 * the coalition ran before) as confirmed now: no email is sent, and one organisation
	 * or person is still one signature. Staff vouch for it; the audit log names them.
	 * @param letterId the letter
	 * @param details what the signer gave
	 * @param locale the signer's language, and that of the attestation they accepted
	 * @return the signature it counts for
	 * @throws LetterNotFound if there is no such letter
	 * @throws LetterNotOpen if it does not take signatures now
	 * @throws FieldProblems.InvalidInput if the details are not acceptable
	 */
	@Transactional
	public Signature record(long letterId, SignatureDetails details, Locale locale) {
		Instant now = this.clock.instant();
		Letter found = this.letters.find(letterId).orElseThrow(() -> new LetterNotFound(letterId));
		if (!found.isOpenAt(now)) {
			throw new LetterNotOpen(found);
		}
		SignatureDetails signed = details.forKind();
		FieldProblems problems = signed.problems();
		if (!found.content().signers().allows(signed.kind())) {
			problems.add("signer", "letters.sign.kindNotAllowed");
		}
		problems.throwIfAny();
		Request request = new Request(0, letterId, signed.kind(), RequestState.CONFIRMED, signed, language(locale),
				signed.attested() ? signed.attestation() : null, signed.attested() ? now : null,
				SecretTokens.hash(SecretTokens.issue()), now, null, found.text().hash());
		// The organisation first, then the letter, as in confirm.
		Organization organization = (signed.kind() == SignerKind.ORGANIZATION) ? resolve(signed) : null;
		this.letters.lock(letterId);
		Letter letter = this.letters.find(letterId).orElseThrow();
		Confirmed confirmed = count(letter, request, organization, SignatureSource.STAFF, now);
		Signature signature = this.signatures.find(confirmed.signatureId()).orElseThrow();
		this.events
			.publishEvent(new SignatureRecorded(letterId, signature.id(), signature.name(), Actor.current(), now));
		return signature;
	}

	/**
	 * Counts a confirmed request for its letter, under the letter's lock: a new
	 * signature, or one more contact of the organisation's or person's one signature; the
	 * letter is recounted when its list changed.
	 */
	private Confirmed count(Letter letter, Request request, Organization organization, SignatureSource source,
			Instant now) {
		Confirmed confirmed = store(letter, request, organization, source, now, now);
		if (confirmed.listed()) {
			this.letters.refreshCounts(letter.id(), now);
		}
		announce(letter, request.kind(), confirmed, now);
		return confirmed;
	}

	/**
	 * Stores a confirmed request, under the letter's lock, as a new signature confirmed
	 * at the time given, or as one more contact of the organisation's or person's one
	 * signature; the letter's counts are left to the caller.
	 */
	private Confirmed store(Letter letter, Request request, Organization organization, SignatureSource source,
			Instant confirmedAt, Instant now) {
		TextVersion text = (request.textHash() != null)
				? this.revisions.versionWithHash(letter.id(), request.textHash()).orElse(letter.text()) : letter.text();
		return (request.kind() == SignerKind.ORGANIZATION) ? confirmOrganization(letter, request,
				(organization != null) ? organization : resolve(request.details()), text, source, confirmedAt, now)
				: confirmIndividual(letter, request, text, source, confirmedAt, now);
	}

	private void announce(Letter letter, SignerKind kind, Confirmed confirmed, Instant now) {
		if (confirmed.listed()) {
			this.events
				.publishEvent(new SignatureListed(letter.id(), confirmed.signatureId(), kind, Actor.current(), now));
		}
		this.events.publishEvent(new SignatureConfirmed(letter.id(), confirmed.signatureId(), kind,
				confirmed.organizationId(), confirmed.newSignature(), confirmed.status(), now));
	}

	/**
	 * Stores signatures gathered elsewhere (the rows of an imported file) as signed when
	 * each row says, in the caller's transaction, by the rules of online signing: each
	 * organisation is found in the registry or added to it, and one organisation or
	 * person is one signature. A signer that already signed the letter, or that an
	 * earlier row of the file already brought, is not stored; the caller decides whether
	 * that refuses the whole import. Staff vouch for the signers, so no confirmation is
	 * asked; where they want it, each signer is emailed that their signature is recorded,
	 * with a link to withdraw it.
	 * @return what became of each signer, in order
	 * @throws LetterNotFound if there is no such letter
	 * @throws LetterNotOpen if it does not take signatures now
	 */
	List<ImportOutcome> importSigners(long letterId, List<ImportingSigner> signers, boolean sendEmails) {
		Instant now = this.clock.instant();
		Letter found = this.letters.find(letterId).orElseThrow(() -> new LetterNotFound(letterId));
		if (!found.isOpenAt(now)) {
			throw new LetterNotOpen(found);
		}
		// The organisations first, then the letter, as in confirm.
		List<Organization> organizations = new ArrayList<>();
		for (ImportingSigner signer : signers) {
			organizations.add((signer.details().kind() == SignerKind.ORGANIZATION) ? resolve(signer.details()) : null);
		}
		this.letters.lock(letterId);
		Letter letter = this.letters.find(letterId).orElseThrow();
		Set<String> signed = this.signatures.signerKeys(letterId);
		Map<String, Integer> brought = new HashMap<>();
		List<ImportOutcome> outcomes = new ArrayList<>();
		boolean listed = false;
		for (int i = 0; i < signers.size(); i++) {
			ImportingSigner signer = signers.get(i);
			Organization organization = organizations.get(i);
			String key = (organization != null) ? organizationKey(organization.id())
					: personKey(signer.details().email());
			Integer earlier = brought.get(key);
			if (earlier != null) {
				outcomes.add(ImportOutcome.sameAs(earlier));
				continue;
			}
			if (signed.contains(key)) {
				outcomes.add(ImportOutcome.signedBefore());
				continue;
			}
			brought.put(key, signer.row());
			String withdraw = SecretTokens.issue();
			Request request = new Request(0, letterId, signer.details().kind(), RequestState.CONFIRMED,
					signer.details(), signer.language(), null, null, SecretTokens.hash(withdraw), now, null, null);
			Confirmed confirmed = store(letter, request, organization, SignatureSource.IMPORTED, signer.signedAt(),
					now);
			listed |= confirmed.listed();
			announce(letter, signer.details().kind(), confirmed, now);
			if (sendEmails) {
				queueRecordedEmail(letter, signer, withdraw);
			}
			outcomes.add(ImportOutcome.imported(confirmed.signatureId()));
		}
		if (listed) {
			this.letters.refreshCounts(letterId, now);
		}
		return outcomes;
	}

	/**
	 * Tells an imported signer that their signature is recorded and counted, with the
	 * link to withdraw it.
	 */
	private void queueRecordedEmail(Letter letter, ImportingSigner signer, String withdrawToken) {
		SignatureDetails details = signer.details();
		String title = letter.content().title(letter.content().languageFor(signer.language()));
		Map<String, Object> params = new HashMap<>();
		params.put("name", details.name());
		params.put("letterTitle", title);
		params.put("organization", details.organizationName());
		params.put("confirmLink", null);
		params.put("withdrawLink", this.site.absolute("/signatures/withdraw/" + withdrawToken));
		params.put("validDays", null);
		params.put("recorded", true);
		this.outbox.queue(this.mail.compose(details.email(), details.name(), Languages.forCode(signer.language()),
				"letters.mail.recorded.subject", new Object[] { title }, "letters/mail/confirmation", params));
	}

	/**
	 * Hands every signature of the letter, whatever its status, to the writer as a stream
	 * that is read from the database while the writer consumes it, in one read-only
	 * transaction: an export of any size holds a few rows at a time.
	 * @throws LetterNotFound if there is no such letter
	 */
	@Transactional(readOnly = true)
	public void export(long letterId, Consumer<Stream<ExportedSignature>> writer) {
		this.letters.find(letterId).orElseThrow(() -> new LetterNotFound(letterId));
		try (Stream<ExportedSignature> rows = this.signatures.export(letterId)) {
			writer.accept(rows);
		}
	}

	/**
	 * The registry's organisation (found or added) that a pending organisation's request
	 * would be confirmed for, locked until the transaction ends; {@code null} for a
	 * person's request or one that cannot be confirmed now.
	 */
	private Organization organizationToConfirm(Request request) {
		if (request.kind() != SignerKind.ORGANIZATION) {
			return null;
		}
		Optional<Letter> letter = this.letters.find(request.letterId());
		if (letter.isEmpty() || state(request, letter.get(), this.clock.instant()) != LinkState.READY) {
			return null;
		}
		return resolve(request.details());
	}

	private Organization resolve(SignatureDetails details) {
		return this.organizations.resolve(new OrganizationCandidate(details.organizationName(), details.website(),
				details.city(), details.region(), details.country(), details.scopeValue(), details.email()));
	}

	private Confirmed confirmOrganization(Letter letter, Request request, Organization organization, TextVersion text,
			SignatureSource source, Instant confirmedAt, Instant now) {
		SignatureDetails details = request.details();
		boolean domainMatches = this.organizations.emailDomainMatches(organization.id(), details.email());
		String key = organizationKey(organization.id());
		SignatureStatus fresh = letter.content().approvalRequired() ? SignatureStatus.AWAITING_APPROVAL
				: SignatureStatus.LISTED;
		Optional<Signature> existing = this.signatures.findByKey(letter.id(), key);
		if (existing.isPresent()) {
			return addContact(existing.get(), request, domainMatches, fresh, organization.id(), text, confirmedAt, now);
		}
		long id = this.signatures.insertSignature(letter.id(), new NewSignature(SignerKind.ORGANIZATION, key,
				organization.id(), organization.name(), either(organization.city(), details.city()),
				either(organization.region(), details.region()), either(organization.country(), details.country()),
				(organization.scope() != null) ? organization.scope() : details.scopeValue(), fresh, false, text),
				source, confirmedAt, now);
		this.signatures.insertContact(id, request, domainMatches, text, confirmedAt, now);
		return new Confirmed(id, organization.id(), true, fresh, fresh == SignatureStatus.LISTED);
	}

	private Confirmed confirmIndividual(Letter letter, Request request, TextVersion text, SignatureSource source,
			Instant confirmedAt, Instant now) {
		SignatureDetails details = request.details();
		String key = personKey(details.email());
		Optional<Signature> existing = this.signatures.findByKey(letter.id(), key);
		if (existing.isPresent()) {
			return addContact(existing.get(), request, false, SignatureStatus.LISTED, null, text, confirmedAt, now);
		}
		long id = this.signatures
			.insertSignature(
					letter.id(), new NewSignature(SignerKind.INDIVIDUAL, key, null, details.name(), details.city(),
							null, details.country(), null, SignatureStatus.LISTED, false, text),
					source, confirmedAt, now);
		this.signatures.insertContact(id, request, false, text, confirmedAt, now);
		return new Confirmed(id, null, true, SignatureStatus.LISTED, true);
	}

	/**
	 * Another confirmation for a signature that exists: one more contact, never a second
	 * count. A withdrawn signature confirmed again stands again.
	 */
	private Confirmed addContact(Signature signature, Request request, boolean domainMatches, SignatureStatus fresh,
			Long organizationId, TextVersion text, Instant confirmedAt, Instant now) {
		this.signatures.insertContact(signature.id(), request, domainMatches, text, confirmedAt, now);
		this.signatures.advanceText(signature.id(), text);
		if (signature.status() == SignatureStatus.WITHDRAWN) {
			this.signatures.setStatus(signature.id(), fresh, now);
			return new Confirmed(signature.id(), organizationId, false, fresh, fresh == SignatureStatus.LISTED);
		}
		return new Confirmed(signature.id(), organizationId, false, signature.status(), false);
	}

	/**
	 * Tells everyone who signed an earlier version of the letter's text, and still stands
	 * by it, that the text changed: an email with the letter's link and one that
	 * withdraws their signature. Once per version: a second call sends nothing.
	 * @return how many were emailed
	 * @throws LetterNotFound if there is no such letter
	 */
	@Transactional
	public int notifyOfNewVersion(long letterId) {
		this.letters.find(letterId).orElseThrow(() -> new LetterNotFound(letterId));
		this.letters.lock(letterId);
		Letter letter = this.letters.find(letterId).orElseThrow();
		TextRevision revision = this.revisions.latestOfVersion(letterId, letter.text().number()).orElse(null);
		if (revision == null || revision.change() != TextChange.MATERIAL || revision.notifiedAt() != null) {
			return 0;
		}
		Instant now = this.clock.instant();
		List<EarlierSigner> signers = this.signatures.signersOfEarlierVersions(letterId, letter.text().number());
		for (EarlierSigner signer : signers) {
			String token = SecretTokens.issue();
			this.signatures.addWithdrawLink(signer.contactId(), SecretTokens.hash(token), now);
			String language = letter.content().languageFor(signer.language());
			String title = letter.content().title(language);
			Map<String, Object> params = new HashMap<>();
			params.put("name", signer.name());
			params.put("letterTitle", title);
			params.put("organization", (signer.kind() == SignerKind.ORGANIZATION) ? signer.signatureName() : null);
			params.put("version", letter.text().number());
			params.put("letterLink", this.site.absolute(letter.url()));
			params.put("withdrawLink", this.site.absolute("/signatures/withdraw/" + token));
			this.outbox.queue(this.mail.compose(signer.email(), signer.name(), Languages.forCode(signer.language()),
					"letters.mail.newVersion.subject", new Object[] { title }, "letters/mail/new-version", params));
		}
		this.revisions.markNotified(revision.id(), now);
		this.events.publishEvent(new SignersToldOfNewVersion(letterId, letter.title(), letter.text(), signers.size(),
				Actor.current(), now));
		return signers.size();
	}

	/**
	 * How many signers {@link #notifyOfNewVersion} would email now: 0 once they were
	 * told, or when the letter's text is still the version they signed.
	 */
	@Transactional(readOnly = true)
	public int signersToTellOfNewVersion(long letterId) {
		Letter letter = this.letters.find(letterId).orElseThrow(() -> new LetterNotFound(letterId));
		TextRevision revision = this.revisions.latestOfVersion(letterId, letter.text().number()).orElse(null);
		if (revision == null || revision.change() != TextChange.MATERIAL || revision.notifiedAt() != null) {
			return 0;
		}
		return this.signatures.signersOfEarlierVersions(letterId, letter.text().number()).size();
	}

	/** What the withdrawal link with this token is worth now. */
	@Transactional(readOnly = true)
	public LinkOutcome checkWithdrawal(String token) {
		if (!SecretTokens.isWellFormed(token)) {
			return LinkOutcome.unknown();
		}
		String hash = SecretTokens.hash(token);
		Optional<Contact> contact = this.signatures.findContactByWithdrawal(hash);
		if (contact.isPresent()) {
			Letter letter = this.letters.find(contact.get().letterId()).orElseThrow();
			Signature signature = this.signatures.find(contact.get().signatureId()).orElseThrow();
			boolean done = contact.get().withdrawnAt() != null || signature.status() == SignatureStatus.WITHDRAWN;
			return new LinkOutcome(done ? LinkState.ALREADY : LinkState.READY, letter, signature.status());
		}
		return this.signatures.findRequestByWithdrawal(hash)
			.flatMap((request) -> this.letters.find(request.letterId())
				.map((letter) -> new LinkOutcome(
						(request.state() == RequestState.PENDING) ? LinkState.READY : LinkState.ALREADY, letter,
						SignatureStatus.UNCONFIRMED)))
			.orElseGet(LinkOutcome::unknown);
	}

	/**
	 * Withdraws the signature the link was sent with: the signature stays on the public
	 * list as withdrawn, and no longer counts. A request not yet confirmed simply ends.
	 * @return {@link LinkState#DONE}, or why not
	 */
	@Transactional
	public LinkOutcome withdraw(String token) {
		LinkOutcome checked = checkWithdrawal(token);
		if (checked.state() != LinkState.READY) {
			return checked;
		}
		Letter letter = checked.letter();
		this.letters.lock(letter.id());
		Instant now = this.clock.instant();
		String hash = SecretTokens.hash(token);
		Optional<Contact> contact = this.signatures.findContactByWithdrawal(hash);
		if (contact.isEmpty()) {
			Request request = this.signatures.findRequestByWithdrawal(hash).orElseThrow();
			if (request.state() != RequestState.PENDING) {
				return new LinkOutcome(LinkState.ALREADY, letter, SignatureStatus.UNCONFIRMED);
			}
			this.signatures.markCancelled(request.id());
			return new LinkOutcome(LinkState.DONE, letter, SignatureStatus.UNCONFIRMED);
		}
		Signature signature = this.signatures.find(contact.get().signatureId()).orElseThrow();
		if (contact.get().withdrawnAt() != null || signature.status() == SignatureStatus.WITHDRAWN) {
			return new LinkOutcome(LinkState.ALREADY, letter, signature.status());
		}
		this.signatures.markContactWithdrawn(contact.get().id(), now);
		if (!signature.status().withdrawable()) {
			return new LinkOutcome(LinkState.DONE, letter, signature.status());
		}
		this.signatures.setStatus(signature.id(), SignatureStatus.WITHDRAWN, now);
		this.letters.refreshCounts(letter.id(), now);
		this.events
			.publishEvent(new SignatureWithdrawn(letter.id(), signature.id(), signature.name(), Actor.current(), now));
		return new LinkOutcome(LinkState.DONE, letter, SignatureStatus.WITHDRAWN);
	}

	/**
	 * The letter's public signatory list in the language; empty until the list's public
	 * time. Served from memory while the list has not changed.
	 */
	public SignatoryList list(Letter letter, Locale locale) {
		if (!letter.listIsPublicAt(this.clock.instant())) {
			return SignatoryList.EMPTY;
		}
		return this.lists.of(letter, locale);
	}

	/** How many of the letter's signatures are in each status, for staff. */
	@Transactional(readOnly = true)
	public Map<SignatureStatus, Long> counts(long letterId) {
		return this.signatures.countByStatus(letterId, this.clock.instant());
	}

	/** One page of the letter's signatures in a status, by name, for staff. */
	@Transactional(readOnly = true)
	public Page<Signature> inStatus(long letterId, SignatureStatus status, int page, int size) {
		return inStatus(letterId, status, SignatureFilter.NONE, page, size);
	}

	/**
	 * One page of the letter's signatures in a status that pass the filter, by name, for
	 * staff.
	 */
	@Transactional(readOnly = true)
	public Page<Signature> inStatus(long letterId, SignatureStatus status, SignatureFilter filter, int page, int size) {
		int number = Math.max(page, 1);
		long total = this.signatures.countMatching(letterId, status, filter);
		return new Page<>(this.signatures.byStatus(letterId, status, filter, Page.offset(number, size), size), number,
				size, total);
	}

	/**
	 * One page of the requests still waiting for confirmation that pass the filter's
	 * search and kind, the newest first.
	 */
	@Transactional(readOnly = true)
	public Page<PendingRequest> pending(long letterId, SignatureFilter filter, int page, int size) {
		int number = Math.max(page, 1);
		Instant now = this.clock.instant();
		long total = this.signatures.countPending(letterId, filter, now);
		return new Page<>(this.signatures.pending(letterId, filter, now, Page.offset(number, size), size), number, size,
				total);
	}

	/** The letter's signature with the key, for staff. */
	@Transactional(readOnly = true)
	public Optional<Signature> find(long letterId, long signatureId) {
		return this.signatures.find(signatureId).filter((signature) -> signature.letterId() == letterId);
	}

	/**
	 * Every organisation's signature of the letter whatever its status, by name: what
	 * staff choose from to merge two.
	 */
	@Transactional(readOnly = true)
	public List<Signatory> organizationSignatures(long letterId) {
		return this.signatures.organizationSignatures(letterId);
	}

	/** The letters with signatures waiting for approval, those with the most first. */
	@Transactional(readOnly = true)
	public List<AwaitingApproval> awaitingApproval(int limit) {
		return this.signatures.awaitingApproval(limit)
			.stream()
			.flatMap((awaiting) -> this.letters.find(awaiting.letterId())
				.map((letter) -> new AwaitingApproval(letter, awaiting.count()))
				.stream())
			.toList();
	}

	/**
	 * Puts the letter's signatures with these keys on its list (those that may be
	 * approved; others are left as they are).
	 * @return how many were approved
	 */
	@Transactional
	public int approve(long letterId, Collection<Long> signatureIds) {
		return moderate(letterId, signatureIds, SignatureStatus.LISTED);
	}

	/**
	 * Rejects the letter's signatures with these keys: kept, neither counted nor listed.
	 * @return how many were rejected
	 */
	@Transactional
	public int reject(long letterId, Collection<Long> signatureIds) {
		return moderate(letterId, signatureIds, SignatureStatus.REJECTED);
	}

	/**
	 * Marks the letter's signatures with these keys as fraudulent: kept, never counted or
	 * listed, whatever they were (those not yet confirmed or already marked are left).
	 * @return how many were marked
	 */
	@Transactional
	public int markFraudulent(long letterId, Collection<Long> signatureIds) {
		return moderate(letterId, signatureIds, SignatureStatus.FRAUDULENT);
	}

	/**
	 * Records that the organisation or person behind a signature asked staff to withdraw
	 * it: it no longer counts, and a list that showed it shows it as withdrawn on this
	 * day. Never a deletion.
	 * @return whether it was withdrawn (not if it was in no state to be)
	 * @throws SignatureNotFound if the letter has no such signature
	 */
	@Transactional
	public boolean recordWithdrawal(long letterId, long signatureId) {
		return moderate(letterId, List.of(locked(letterId, signatureId).id()), SignatureStatus.WITHDRAWN) == 1;
	}

	/**
	 * Lists a signature under another name on this letter only, as when an organisation
	 * asks to appear under its full or its local name; the registry keeps its own.
	 * @return the signature as it is now
	 * @throws SignatureNotFound if the letter has no such signature
	 * @throws FieldProblems.InvalidInput (on {@code name}) if the name is blank or too
	 * long
	 */
	@Transactional
	public Signature rename(long letterId, long signatureId, String name) {
		String clean = Text.line(name);
		FieldProblems problems = new FieldProblems();
		if (clean == null) {
			problems.add("name", "letterAdmin.signature.name.required");
		}
		else if (Text.length(clean) > NAME_MAX) {
			problems.add("name", "letterAdmin.signature.name.tooLong", NAME_MAX);
		}
		problems.throwIfAny();
		Signature signature = locked(letterId, signatureId);
		if (!clean.equals(signature.name())) {
			Instant now = this.clock.instant();
			this.signatures.rename(signatureId, clean, now);
			this.letters.refreshCounts(letterId, now);
			this.events.publishEvent(
					new SignatureRenamed(letterId, signatureId, clean, signature.name(), Actor.current(), now));
		}
		return this.signatures.find(signatureId).orElseThrow();
	}

	/**
	 * Makes two organisations' signatures of the letter one, when they turn out to be the
	 * same organisation: the registry merges the two organisations (so every letter and
	 * post that named either names the survivor), and on each letter both signed their
	 * signatures become one, with the contacts of both, counted once.
	 * @param survivorId the signature that stays, with its organisation's details
	 * @param mergedId the signature merged into it
	 * @return the signature that stays, as it is now
	 * @throws SignatureNotFound if the letter lacks either signature
	 * @throws FieldProblems.InvalidInput (on {@code other}) if they are one signature or
	 * not both organisations'
	 */
	@Transactional
	public Signature merge(long letterId, long survivorId, long mergedId) {
		Signature survivor = find(letterId, survivorId).orElseThrow(() -> new SignatureNotFound(survivorId));
		Signature merged = find(letterId, mergedId).orElseThrow(() -> new SignatureNotFound(mergedId));
		if (survivorId == mergedId || survivor.organizationId() == null || merged.organizationId() == null) {
			throw new FieldProblems.InvalidInput(
					new FieldProblems().add("other", "letterAdmin.signature.merge.invalid"));
		}
		this.organizations.merge(survivor.organizationId(), merged.organizationId());
		Instant now = this.clock.instant();
		this.events.publishEvent(
				new SignaturesMerged(letterId, survivorId, survivor.name(), merged.name(), Actor.current(), now));
		return this.signatures.find(survivorId).orElseThrow();
	}

	/**
	 * Points the signatures of an organisation merged away in the registry at the one it
	 * was merged into, on every letter: where both signed a letter, the two signatures
	 * become one. Called by the letters' listener, in the merge's transaction, after the
	 * registry locked both organisations (so the order of locks is the one confirmations
	 * take: organisation, then letter).
	 */
	@Transactional
	void organizationsMerged(long survivorId, long loserId, String survivorName, String loserName, Instant now) {
		this.letters.repointConvener(loserId, survivorId);
		for (long letterId : this.signatures.lettersSignedBy(loserId)) {
			this.letters.lock(letterId);
			Optional<Signature> loser = this.signatures.findByKey(letterId, organizationKey(loserId));
			if (loser.isEmpty()) {
				continue;
			}
			Optional<Signature> survivor = this.signatures.findByKey(letterId, organizationKey(survivorId));
			if (survivor.isPresent()) {
				this.signatures.fold(loser.get(), survivor.get(), now);
			}
			else {
				String name = loser.get().name().equals(loserName) ? survivorName : loser.get().name();
				this.signatures.repoint(loser.get().id(), survivorId, organizationKey(survivorId), name);
			}
			this.letters.refreshCounts(letterId, now);
		}
	}

	private Signature locked(long letterId, long signatureId) {
		if (!this.letters.lock(letterId)) {
			throw new LetterNotFound(letterId);
		}
		return find(letterId, signatureId).orElseThrow(() -> new SignatureNotFound(signatureId));
	}

	private int moderate(long letterId, Collection<Long> signatureIds, SignatureStatus to) {
		if (!this.letters.lock(letterId)) {
			throw new LetterNotFound(letterId);
		}
		Instant now = this.clock.instant();
		String actor = Actor.current();
		int changed = 0;
		for (long id : signatureIds) {
			Optional<Signature> found = this.signatures.find(id)
				.filter((signature) -> signature.letterId() == letterId);
			if (found.isEmpty()) {
				continue;
			}
			Signature signature = found.get();
			boolean allowed = switch (to) {
				case LISTED -> signature.status().approvable();
				case REJECTED -> signature.status().rejectable();
				case FRAUDULENT -> signature.status().fraudMarkable();
				case WITHDRAWN -> signature.status().withdrawable();
				default -> false;
			};
			if (!allowed) {
				continue;
			}
			this.signatures.setStatus(id, to, now);
			changed++;
			this.events.publishEvent(switch (to) {
				case LISTED -> new SignatureApproved(letterId, id, signature.name(), actor, now);
				case REJECTED -> new SignatureRejected(letterId, id, signature.name(), actor, now);
				case FRAUDULENT -> new SignatureMarkedFraudulent(letterId, id, signature.name(), actor, now);
				default -> new WithdrawalRecorded(letterId, id, signature.name(), actor, now);
			});
			if (to == SignatureStatus.LISTED) {
				this.events.publishEvent(new SignatureListed(letterId, id, signature.kind(), actor, now));
			}
		}
		if (changed > 0) {
			this.letters.refreshCounts(letterId, now);
		}
		return changed;
	}

	/**
	 * Ends the requests whose links ran out, forgetting what their signers sent, and
	 * forgets what is left of requests that ended long ago. Called by the letters sweep.
	 * @return how many requests ended
	 */
	@Transactional
	public int expireRequests() {
		Instant now = this.clock.instant();
		int expired = this.signatures.expirePending(now);
		this.signatures.deleteEndedBefore(now.minus(ENDED_REQUESTS_KEPT));
		return expired;
	}

	private Optional<Request> request(String token) {
		if (!SecretTokens.isWellFormed(token)) {
			return Optional.empty();
		}
		return this.signatures.findRequest(SecretTokens.hash(token));
	}

	private static LinkState state(Request request, Letter letter, Instant now) {
		return switch (request.state()) {
			case CONFIRMED -> LinkState.ALREADY;
			case CANCELLED -> LinkState.CANCELLED;
			case EXPIRED -> LinkState.EXPIRED;
			case PENDING -> {
				if (!request.expiresAt().isAfter(now)) {
					yield LinkState.EXPIRED;
				}
				yield letter.isOpenAt(now) ? LinkState.READY : LinkState.CLOSED;
			}
		};
	}

	/** What makes an organisation's signature one per letter. */
	static String organizationKey(long organizationId) {
		return "org:" + organizationId;
	}

	/** What makes a person's signature one per letter: their normalised email. */
	static String personKey(String email) {
		return "person:" + SecretTokens.sha256(Emails.normalise(email));
	}

	/** What confirmation emails to one address are counted under. */
	static String emailHash(String email) {
		return SecretTokens.sha256("confirmation-email:" + Emails.normalise(email));
	}

	private static String language(Locale locale) {
		Locale supported = (locale != null) ? Languages.forCode(locale.toLanguageTag()) : null;
		return (supported != null) ? supported.getLanguage() : "en";
	}

	private static String either(String preferred, String fallback) {
		return (preferred != null) ? preferred : fallback;
	}

	/**
	 * The links a signature request's email carries, by their tokens.
	 *
	 * @param confirm the confirmation link's token
	 * @param withdraw the withdrawal link's token
	 */
	record Links(String confirm, String withdraw) {
	}

	/**
	 * A signer gathered elsewhere, about to be imported.
	 *
	 * @param row the file's row it came from
	 * @param details what the row gives
	 * @param language the signer's language
	 * @param signedAt when they signed
	 */
	record ImportingSigner(int row, SignatureDetails details, String language, Instant signedAt) {
	}

	/**
	 * What became of an imported signer.
	 *
	 * @param signatureId the signature stored, or {@code null} if none was
	 * @param alreadySigned whether the signer had signed the letter already
	 * @param sameAsRow the earlier row that brought the same signer, or {@code null}
	 */
	record ImportOutcome(Long signatureId, boolean alreadySigned, Integer sameAsRow) {

		static ImportOutcome imported(long signatureId) {
			return new ImportOutcome(signatureId, false, null);
		}

		static ImportOutcome signedBefore() {
			return new ImportOutcome(null, true, null);
		}

		static ImportOutcome sameAs(int row) {
			return new ImportOutcome(null, false, row);
		}

		boolean stored() {
			return this.signatureId != null;
		}

	}

	/**
	 * What a confirmation did.
	 *
	 * @param signatureId the signature it counted for
	 * @param organizationId the organisation, or {@code null}
	 * @param newSignature whether it made a new signature
	 * @param status the signature's status after it
	 * @param listed whether the signature joined the list by it
	 */
	private record Confirmed(long signatureId, Long organizationId, boolean newSignature, SignatureStatus status,
			boolean listed) {
	}

}
