package org.adelante.letters.web;

import java.time.Instant;
import java.util.List;

import org.adelante.letters.Delivery;
import org.adelante.letters.Grouping;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterStatus;
import org.adelante.letters.SignatoryList;
import org.adelante.letters.SignatureCount;
import org.adelante.letters.Target;

/**
 * A letter's public page (and its preview): the text in one language, its targets, its
 * count, its signatory list, and the signing forms while it is open.
 *
 * @param letter the letter
 * @param language the language its text is shown in
 * @param title its title in that language
 * @param html its text, as safe HTML
 * @param otherLanguage the other language it is written in, or {@code null}
 * @param status its status now
 * @param organizations the count of organisations, or {@code null} if they may not sign
 * @param individuals the count of people, or {@code null} if they may not sign
 * @param listPublic whether the names on the list may be shown yet
 * @param list the list (empty before its public time)
 * @param signing the signing forms, or {@code null} when it takes no signatures
 * @param absoluteUrl its address, for sharing and as its canonical address
 * @param description the start of its text, for search engines and link previews
 * @param deliveries its deliveries to its targets, the latest first
 */
public record LetterPageView(Letter letter, String language, String title, String html, String otherLanguage,
		LetterStatus status, SignatureCount organizations, SignatureCount individuals, boolean listPublic,
		SignatoryList list, SignFormsView signing, String absoluteUrl, String description, List<Delivery> deliveries) {

	/** The list as the page shows it, marking what came after the latest delivery. */
	public SignatoryListView signatories() {
		return new SignatoryListView(this.list, grouping(), this.listPublic, listPublicAt(),
				this.letter.content().timeZone(), this.deliveries.isEmpty() ? null : this.deliveries.get(0));
	}

	public List<Target> targets() {
		return this.letter.content().targets();
	}

	public Grouping grouping() {
		return this.letter.content().grouping();
	}

	public boolean isOpen() {
		return this.status == LetterStatus.OPEN;
	}

	public boolean isClosed() {
		return this.status == LetterStatus.CLOSED;
	}

	/** When it closes, or {@code null} if it stays open until closed by hand. */
	public Instant closesAt() {
		return this.letter.content().closesAt();
	}

	/** When it closed. */
	public Instant closedAt() {
		return this.letter.closedAtOrDue();
	}

	/** When the names on the list become public. */
	public Instant listPublicAt() {
		return this.letter.content().listPublicAt();
	}

	/** Whether the page lists organisations' countries (else their scopes). */
	public boolean showsCountry() {
		return grouping() != Grouping.BY_COUNTRY;
	}

	/** Whether the page lists organisations' scopes (else their countries). */
	public boolean showsScope() {
		return grouping() != Grouping.BY_SCOPE;
	}

}
