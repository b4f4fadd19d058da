package org.adelante.letters.pdf;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.adelante.letters.Grouping;
import org.adelante.letters.Letter;
import org.adelante.letters.Signatory;
import org.adelante.letters.SignatoryList;
import org.adelante.letters.Target;
import org.adelante.shared.web.Countries;
import org.adelante.shared.web.Localized;

/**
 * What the PDF template of a letter ({@code letters/pdf/letter.jte}) shows, worded in the
 * document's language.
 *
 * @param text the messages, in the document's language
 * @param document the document
 * @param title the letter's title in that language
 * @param html its text, as safe HTML
 * @param logo our logo, or {@code null}
 * @param counts how many organisations and people have signed, as sentences
 * @param pageNumber the words around the page number and the number of pages
 * @param address the letter's public address
 */
public record LetterPdfView(Localized text, LetterDocument document, String title, String html, PdfLogo logo,
		List<String> counts, PageNumber pageNumber, String address) {

	public Letter letter() {
		return this.document.letter();
	}

	public String lang() {
		return this.document.language();
	}

	public String siteName() {
		return this.document.letterhead().name();
	}

	public List<Target> targets() {
		return letter().content().targets();
	}

	public SignatoryList list() {
		return this.document.signatories();
	}

	/** A date such as "3 December 2026" in our zone, in the document's language. */
	public String date(Instant instant) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(instant.atZone(zone()));
	}

	/** A date and time with its zone, in the letter's own zone. */
	public String dateTime(Instant instant) {
		return this.text.dateTime(instant, letter().content().timeZone());
	}

	/** The date the document bears. */
	public String dated() {
		return date(this.document.date());
	}

	/** Whether the names are withheld until their public time. */
	public boolean namesWithheld() {
		return this.document.namesPublicAt() != null;
	}

	public LetterDocument.Verification verification() {
		return this.document.verification();
	}

	/**
	 * What the list shows of an organisation besides its name, as the letter's page does:
	 * its place, country and scope, leaving out what the grouping already says.
	 */
	public String details(Signatory signatory) {
		Grouping grouping = letter().content().grouping();
		String country = (grouping != Grouping.BY_COUNTRY) ? Countries.name(signatory.country(), locale()) : null;
		String scope = (grouping != Grouping.BY_SCOPE && signatory.scope() != null)
				? this.text.t(signatory.scope().messageKey()) : null;
		return join(" · ", signatory.place(), country, scope);
	}

	/** Where a person is: their place and country. */
	public String whereabouts(Signatory signatory) {
		return join(", ", signatory.place(), Countries.name(signatory.country(), locale()));
	}

	/** A group's heading, as the letter's page words it. */
	public String heading(SignatoryList.Group group) {
		return (group.heading() != null) ? group.heading() : this.text.t(group.headingKey());
	}

	private Locale locale() {
		return this.text.locale();
	}

	private ZoneId zone() {
		return this.document.letterhead().zone();
	}

	private static String join(String separator, String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isEmpty()) {
				present.add(part);
			}
		}
		return String.join(separator, present);
	}

	/**
	 * "Page 2 of 7" in the document's language, around the numbers that the renderer puts
	 * on each page.
	 *
	 * @param before the words before the page number
	 * @param between the words between it and the number of pages
	 * @param after the words after that
	 */
	public record PageNumber(String before, String between, String after) {

		private static final String PAGE = "\u0000page\u0000";

		private static final String PAGES = "\u0000pages\u0000";

		/** The parts of a message with the page as {0} and the number of pages as {1}. */
		static PageNumber of(Localized text, String key) {
			String message = text.t(key, PAGE, PAGES);
			int page = message.indexOf(PAGE);
			int pages = message.indexOf(PAGES);
			if (page < 0 || pages < page) {
				throw new IllegalStateException("The message " + key + " must name {0} before {1}");
			}
			return new PageNumber(message.substring(0, page), message.substring(page + PAGE.length(), pages),
					message.substring(pages + PAGES.length()));
		}

	}

}
