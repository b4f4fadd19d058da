package org.adelante.letters;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A letter as stored, with its counts. Its state follows the clock to the second: a
 * letter whose opening or closing time has come is open or closed whether or not the
 * sweep that records it has run yet.
 *
 * @param id its key
 * @param content what the organisers wrote and chose
 * @param status its recorded status
 * @param openedAt when it opened, or {@code null}
 * @param closedAt when it was closed, or {@code null}
 * @param listedOrganizations how many organisations are on its list
 * @param listedIndividuals how many people are on its list
 * @param listVersion a number that moves with every change to its signatory list
 * @param listChangedAt when its signatory list last changed
 * @param version the version of its content, for optimistic locking
 * @param createdBy who created it
 * @param createdAt when
 * @param updatedAt when it was last changed
 * @param text the version of its text signers read now
 */
public record Letter(long id, LetterContent content, LetterStatus status, Instant openedAt, Instant closedAt,
		int listedOrganizations, int listedIndividuals, long listVersion, Instant listChangedAt, int version,
		String createdBy, Instant createdAt, Instant updatedAt, TextVersion text) {

	/** Its status at the time: recorded, or due by its opening and closing times. */
	public LetterStatus statusAt(Instant now) {
		if (this.status == LetterStatus.CLOSED) {
			return LetterStatus.CLOSED;
		}
		if (this.content.closesAt() != null && !now.isBefore(this.content.closesAt())
				&& (this.status == LetterStatus.OPEN || opensBy(now))) {
			return LetterStatus.CLOSED;
		}
		if (this.status == LetterStatus.OPEN || opensBy(now)) {
			return LetterStatus.OPEN;
		}
		return LetterStatus.DRAFT;
	}

	private boolean opensBy(Instant now) {
		return this.status == LetterStatus.DRAFT && this.content.opensAt() != null
				&& !now.isBefore(this.content.opensAt());
	}

	/** Whether readers may see it: open or closed, not a draft. */
	public boolean isPublicAt(Instant now) {
		return statusAt(now) != LetterStatus.DRAFT;
	}

	/** Whether it takes signatures now. */
	public boolean isOpenAt(Instant now) {
		return statusAt(now) == LetterStatus.OPEN;
	}

	/** Whether the names on its list may be shown now (the count always may). */
	public boolean listIsPublicAt(Instant now) {
		return this.content.listPublicAt() == null || !now.isBefore(this.content.listPublicAt());
	}

	/** When it closed (or closes, once its closing time has come), or {@code null}. */
	public Instant closedAtOrDue() {
		return (this.closedAt != null) ? this.closedAt : this.content.closesAt();
	}

	/** When it opened (or opens), or {@code null}. */
	public Instant openedAtOrDue() {
		return (this.openedAt != null) ? this.openedAt : this.content.opensAt();
	}

	public String slug() {
		return this.content.slug();
	}

	/** The title in its first language, for staff and the audit log. */
	public String title() {
		String language = this.content.languages().get(0);
		return this.content.title(language);
	}

	/**
	 * When anything its page shows of it last changed: its content or status, its list,
	 * or an opening, closing or list publication time that has passed by now.
	 */
	public Instant lastChangeAt(Instant now) {
		LetterContent content = this.content;
		return Stream
			.of(this.updatedAt, this.listChangedAt, passed(content.opensAt(), now), passed(content.closesAt(), now),
					passed(content.listPublicAt(), now))
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(this.createdAt);
	}

	private static Instant passed(Instant time, Instant now) {
		return (time != null && !time.isAfter(now)) ? time : null;
	}

	/** Its public address. */
	public String url() {
		return "/letters/" + slug();
	}

	/**
	 * The kind of signer its page counts first, and its milestones count: organisations,
	 * if they may sign it, else people.
	 */
	public SignerKind leadingKind() {
		return this.content.signers().allows(SignerKind.ORGANIZATION) ? SignerKind.ORGANIZATION : SignerKind.INDIVIDUAL;
	}

	/** How many of the {@link #leadingKind() leading kind} are on its list. */
	public int leadingCount() {
		return (leadingKind() == SignerKind.ORGANIZATION) ? this.listedOrganizations : this.listedIndividuals;
	}

	/** How many are on its list, organisations and people. */
	public int listedTotal() {
		return this.listedOrganizations + this.listedIndividuals;
	}

	/** The same letter with other content, such as the text a delivery froze. */
	public Letter withContent(LetterContent other) {
		return new Letter(this.id, other, this.status, this.openedAt, this.closedAt, this.listedOrganizations,
				this.listedIndividuals, this.listVersion, this.listChangedAt, this.version, this.createdBy,
				this.createdAt, this.updatedAt, this.text);
	}

}
