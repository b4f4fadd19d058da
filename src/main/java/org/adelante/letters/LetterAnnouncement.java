package org.adelante.letters;

import java.time.Instant;
import java.util.List;

/**
 * What a press release announcing a letter needs to say of it: its titles, whom it is
 * addressed to, who convened it, how many have signed, where to read it, and when its
 * names become public.
 *
 * @param letterId the letter
 * @param slug its address under {@code /letters/}
 * @param titleEn its English title, or {@code null}
 * @param titleEs its Spanish title, or {@code null}
 * @param languages the languages it is written in, English first
 * @param targets whom it is addressed to, each as "Name, Title, Office"
 * @param conveners the names of the convening organisations, in order
 * @param signers who may sign it
 * @param organizations how many organisations are listed (the conveners among them)
 * @param individuals how many people are listed
 * @param status its status now
 * @param listPublicAt when the names on its list become public, or {@code null} for at
 * once
 * @param listPublic whether they are public now
 */
public record LetterAnnouncement(long letterId, String slug, String titleEn, String titleEs, List<String> languages,
		List<String> targets, List<String> conveners, Signers signers, int organizations, int individuals,
		LetterStatus status, Instant listPublicAt, boolean listPublic) {

	public LetterAnnouncement {
		languages = List.copyOf(languages);
		targets = List.copyOf(targets);
		conveners = List.copyOf(conveners);
	}

	/** The title in the language ({@code en} or {@code es}), or {@code null}. */
	public String title(String language) {
		return "es".equals(language) ? this.titleEs : this.titleEn;
	}

	/**
	 * The language to announce it in for a writer of the given one: theirs if written.
	 */
	public String languageFor(String language) {
		return this.languages.contains(language) ? language : this.languages.get(0);
	}

	/** Its public page. */
	public String url() {
		return "/letters/" + this.slug;
	}

	/** The letter with its signatories, as a PDF. */
	public String pdfUrl() {
		return "/letters/" + this.slug + ".pdf";
	}

}
