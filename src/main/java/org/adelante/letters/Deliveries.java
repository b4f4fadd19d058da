package org.adelante.letters;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.adelante.mail.MailStatus;
import org.adelante.mail.MailTemplates;
import org.adelante.mail.Outbox;
import org.adelante.mail.Attachment;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.security.Actor;
import org.adelante.shared.web.Languages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivering letters to their targets: each delivery freezes the letter's text, targets
 * and standing signatories in a snapshot whose hash anyone can recompute, and emails the
 * letter's PDF to each recipient through the outbox, with a cover message in their
 * language. A letter may be delivered again later; each round has its own snapshot.
 */
@Service
public class Deliveries {

	private final LetterRepository letters;

	private final SignatureRepository signatures;

	private final DeliveryRepository deliveries;

	private final DeliveryDocuments documents;

	private final Outbox outbox;

	private final MailTemplates mail;

	private final AdelanteSettings site;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Deliveries(LetterRepository letters, SignatureRepository signatures, DeliveryRepository deliveries,
			DeliveryDocuments documents, Outbox outbox, MailTemplates mail, AdelanteSettings site,
			ApplicationEventPublisher events, Clock clock) {
		this.letters = letters;
		this.signatures = signatures;
		this.deliveries = deliveries;
		this.documents = documents;
		this.outbox = outbox;
		this.mail = mail;
		this.site = site;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Delivers the letter as it stands now: freezes its snapshot, keeps its PDF in each
	 * language the recipients read, and queues one email per recipient with that PDF
	 * attached, all in one transaction.
	 * @throws LetterNotFound if there is no such letter
	 * @throws FieldProblems.InvalidInput if the order cannot be carried out, or the
	 * letter is still a draft
	 */
	@Transactional
	public Delivery deliver(long letterId, DeliveryOrder order) {
		Letter found = this.letters.find(letterId).orElseThrow(() -> new LetterNotFound(letterId));
		Instant now = this.clock.instant();
		FieldProblems problems = order.problems();
		if (!found.isPublicAt(now)) {
			problems.add("recipients", "letters.delivery.draft");
		}
		problems.throwIfAny();
		this.letters.lock(letterId);
		Letter letter = this.letters.find(letterId).orElseThrow();
		LetterContent content = letter.content();
		DeliverySnapshot snapshot = new DeliverySnapshot(this.deliveries.nextRound(letterId), now, letter.text(),
				content.titleEn(), content.titleEs(), content.textEn(), content.textEs(), content.targets(),
				ordered(letter));
		String hash = snapshot.hash();
		long id = this.deliveries.insert(letterId, hash, snapshot, content.grouping(), Actor.current(), now);
		Delivery delivery = this.deliveries.find(id).orElseThrow();
		Map<String, byte[]> pdfs = new LinkedHashMap<>();
		for (DeliveryOrder.Recipient recipient : order.recipients()) {
			String language = content.languageFor(recipient.language());
			pdfs.computeIfAbsent(language, (missing) -> {
				byte[] pdf = this.documents.pdf(letter, delivery, missing);
				this.deliveries.insertDocument(id, missing, pdf, now);
				return pdf;
			});
		}
		String verifyLink = this.site.absolute(delivery.url(letter.slug()));
		for (int i = 0; i < order.recipients().size(); i++) {
			DeliveryOrder.Recipient recipient = order.recipients().get(i);
			String language = content.languageFor(recipient.language());
			DeliveryOrder.CoverMessage cover = order.covers().get(recipient.language());
			String filename = filename(letter, snapshot.round(), language);
			Map<String, Object> params = Map.of("paragraphs", paragraphs(cover.bodyFor(recipient.name())),
					"letterTitle", content.title(language), "verifyLink", verifyLink, "filename", filename);
			long outboxId = this.outbox.queue(this.mail
				.composeWithSubject(recipient.email(), recipient.name(), Languages.forCode(recipient.language()),
						cover.subject(), "letters/mail/delivery", params)
				.with(Attachment.pdf(filename, pdfs.get(language))));
			this.deliveries.insertRecipient(id, i, recipient, outboxId, now);
		}
		// The list's page now tells apart the signatures delivered from those added
		// later.
		this.letters.refreshCounts(letterId, now);
		this.events.publishEvent(new LetterDelivered(letterId, letter.title(), id, hash, snapshot.round(),
				order.recipients().size(), Actor.current(), now));
		return delivery;
	}

	/** The letter's deliveries, the latest first. */
	@Transactional(readOnly = true)
	public List<Delivery> of(long letterId) {
		return this.deliveries.ofLetter(letterId);
	}

	/** The letter's latest delivery, if it was delivered. */
	@Transactional(readOnly = true)
	public Optional<Delivery> latest(long letterId) {
		return this.deliveries.ofLetter(letterId).stream().findFirst();
	}

	/** The letter's delivery with this hash. */
	@Transactional(readOnly = true)
	public Optional<Delivery> find(long letterId, String hash) {
		if (hash == null || !hash.matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		return this.deliveries.findByHash(letterId, hash);
	}

	/** The letter's delivery with this key. */
	@Transactional(readOnly = true)
	public Optional<Delivery> find(long letterId, long deliveryId) {
		return this.deliveries.find(deliveryId).filter((delivery) -> delivery.letterId() == letterId);
	}

	/** The PDF the delivery sent in the language, byte for byte. */
	@Transactional(readOnly = true)
	public Optional<byte[]> document(Delivery delivery, String language) {
		return this.deliveries.document(delivery.id(), language);
	}

	/** The delivery's recipients, each with where their email is now. */
	@Transactional(readOnly = true)
	public List<DeliveryRecipient> recipients(Delivery delivery) {
		List<DeliveryRepository.Recipient> recipients = this.deliveries.recipients(delivery.id());
		Map<Long, MailStatus> statuses = this.outbox.statuses(recipients.stream()
			.map(DeliveryRepository.Recipient::outboxId)
			.filter((outboxId) -> outboxId != null)
			.collect(Collectors.toList()));
		return recipients.stream()
			.map((recipient) -> new DeliveryRecipient(recipient.name(), recipient.email(), recipient.language(),
					(recipient.outboxId() != null) ? statuses.get(recipient.outboxId()) : null))
			.toList();
	}

	/**
	 * The file name a delivery's PDF is sent as, such as
	 * {@code clean-water-letter-2-es.pdf} for the Spanish PDF of the second delivery.
	 */
	public static String filename(Letter letter, int round, String language) {
		String base = letter.slug().replaceAll("[^A-Za-z0-9-]", "-");
		return base + "-" + round + ("es".equals(language) ? "-es" : "") + ".pdf";
	}

	/** Which delivery of the letter the next one would be. */
	@Transactional(readOnly = true)
	public int nextRound(long letterId) {
		return this.deliveries.nextRound(letterId);
	}

	/**
	 * The signatures standing on the letter's list, in the order of its page in the
	 * letter's first language: conveners, then each group, then people.
	 */
	private List<Signatory> ordered(Letter letter) {
		Locale locale = Languages.forCode(letter.content().languages().get(0));
		SignatoryList list = SignatoryList.of(this.signatures.standingSignatories(letter.id()),
				letter.content().grouping(), locale);
		List<Signatory> ordered = new ArrayList<>(list.conveners());
		list.groups().forEach((group) -> ordered.addAll(group.members()));
		ordered.addAll(list.individuals());
		return ordered;
	}

	/** A cover message's paragraphs, as its email shows them. */
	public static List<String> paragraphs(String body) {
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : body.split("\n\\s*\n")) {
			if (!paragraph.isBlank()) {
				paragraphs.add(paragraph.strip());
			}
		}
		return paragraphs;
	}

}
