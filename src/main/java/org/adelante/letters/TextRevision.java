package org.adelante.letters;

import java.time.Instant;

/**
 * One text a letter's signers could have read, as staff see it in the letter's history.
 *
 * @param id its key
 * @param version the version it belongs to and its hash
 * @param change whether it began the letter, a new version, or corrected one
 * @param titleEn the English title, or {@code null}
 * @param titleEs the Spanish title, or {@code null}
 * @param textEn the English text, or {@code null}
 * @param textEs the Spanish text, or {@code null}
 * @param createdBy who saved it
 * @param createdAt when
 * @param notifiedAt when signers of earlier versions were told of it, or {@code null}
 */
public record TextRevision(long id, TextVersion version, TextChange change, String titleEn, String titleEs,
		String textEn, String textEs, String createdBy, Instant createdAt, Instant notifiedAt) {

	/** The title in the language, or the other one's if it has none. */
	public String title(String language) {
		String title = "es".equals(language) ? this.titleEs : this.titleEn;
		return (title != null) ? title : ((this.titleEn != null) ? this.titleEn : this.titleEs);
	}

}
