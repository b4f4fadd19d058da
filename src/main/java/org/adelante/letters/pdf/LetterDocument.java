package org.adelante.letters.pdf;

import java.time.Instant;
import java.util.Objects;

import org.adelante.letters.Letter;
import org.adelante.letters.SignatoryList;

/**
 * What a letter's PDF shows: the letter in one of its languages, under our letterhead,
 * dated, with a signatory list, which may be the live one or one frozen when the letter
 * was delivered, and for a delivered copy the address where it can be verified.
 *
 * @param letter the letter
 * @param language the language its text is shown in, one it is written in ({@code en} or
 * {@code es}; another falls back as for a reader of that language)
 * @param letterhead who sends it
 * @param date the date it bears: when its list was last changed, or when it was delivered
 * @param signatories the list, grouped and sorted as the letter's page shows it in that
 * language
 * @param namesPublicAt when the names become public, if they are not public yet (the list
 * is then empty and only the counts are shown); {@code null} once they are
 * @param verification where a delivered copy is verified, or {@code null} for a copy that
 * was not delivered
 */
public record LetterDocument(Letter letter, String language, Letterhead letterhead, Instant date,
		SignatoryList signatories, Instant namesPublicAt, Verification verification) {

	public LetterDocument {
		Objects.requireNonNull(letter, "letter");
		Objects.requireNonNull(letterhead, "letterhead");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(signatories, "signatories");
		language = letter.content().languageFor(language);
	}

	/** The same document, as delivered: with the address that verifies it. */
	public LetterDocument delivered(Verification verification) {
		return new LetterDocument(this.letter, this.language, this.letterhead, this.date, this.signatories,
				this.namesPublicAt, verification);
	}

	/**
	 * Where and when a delivered copy can be checked against what was delivered.
	 *
	 * @param url the absolute address of the delivery's verification page
	 * @param deliveredAt when it was delivered
	 */
	public record Verification(String url, Instant deliveredAt) {

		public Verification {
			Objects.requireNonNull(url, "url");
			Objects.requireNonNull(deliveredAt, "deliveredAt");
		}

	}

}
