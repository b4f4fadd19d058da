package org.adelante.letters.web;

import java.time.Instant;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterStatus;
import org.adelante.letters.SignatureCount;
import org.adelante.letters.SignerKind;

/**
 * A letter's embeddable page, shown in a frame on partners' sites: its title linking to
 * the letter, its live count, the goal its milestones set, and the signing forms while it
 * is open. Every address on it carries the page language, since a frame on another site
 * keeps no cookie.
 *
 * @param letter the letter
 * @param language the language its title is shown in
 * @param title its title in that language
 * @param pageLanguage the page's own language
 * @param status its status now
 * @param organizations the count of organisations, or {@code null} if they may not sign
 * @param individuals the count of people, or {@code null} if they may not sign
 * @param goal where the count stands against the letter's milestones, or {@code null}
 * when it has none
 * @param signing the signing forms, or {@code null} when it takes no signatures
 */
public record LetterEmbedView(Letter letter, String language, String title, String pageLanguage, LetterStatus status,
		SignatureCount organizations, SignatureCount individuals, Goal goal, SignFormsView signing) {

	public boolean isOpen() {
		return this.status == LetterStatus.OPEN;
	}

	/** When it closes, or {@code null} if it stays open until closed by hand. */
	public Instant closesAt() {
		return this.letter.content().closesAt();
	}

	/** When it closed. */
	public Instant closedAt() {
		return this.letter.closedAtOrDue();
	}

	/** The letter's own page, in the page language. */
	public String letterUrl() {
		return this.letter.url() + "?lang=" + this.pageLanguage;
	}

	/** Where the letter's page lists its signers. */
	public String signatoriesUrl() {
		return letterUrl() + "#signatories-title";
	}

	/** This page in the other language. */
	public String otherLanguageUrl() {
		return LetterEmbedController.address(this.letter.slug(), "", "es".equals(this.pageLanguage) ? "en" : "es");
	}

	/** This page again, in its language. */
	public String url() {
		return LetterEmbedController.address(this.letter.slug(), "", this.pageLanguage);
	}

	/**
	 * Where a letter's count stands against its milestones: the last one reached and the
	 * next one, counted in its leading kind of signer.
	 *
	 * @param kind the kind of signer counted
	 * @param count how many of that kind are listed
	 * @param reached the highest milestone reached, or {@code null}
	 * @param next the next milestone, or {@code null} once the last is reached
	 */
	public record Goal(SignerKind kind, long count, Integer reached, Integer next) {

		/** The message that words the goal: the next one, or the last one reached. */
		public String messageKey() {
			String noun = (this.kind == SignerKind.ORGANIZATION) ? "organizations" : "individuals";
			return "letters.embed.goal." + ((this.next != null) ? "next." : "reached.") + noun;
		}

		/** The milestone the message names. */
		public long number() {
			return (this.next != null) ? this.next : this.reached;
		}

		/** Whether there is a next milestone to show progress towards. */
		public boolean hasNext() {
			return this.next != null;
		}

	}

}
