package org.adelante.letters.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.adelante.letters.Deliveries;
import org.adelante.letters.Letter;
import org.adelante.letters.Letters;
import org.adelante.letters.Signatures;
import org.adelante.letters.pdf.LetterDocument;
import org.adelante.letters.pdf.LetterPdf;
import org.adelante.letters.pdf.Letterhead;
import org.adelante.organizations.Organizations;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.web.Languages;

import org.springframework.stereotype.Component;

/**
 * The PDF of a public letter with its live list, rendered once per version of the letter
 * and its list, language and last change of anything it shows, and then served from
 * memory. Readers asking at once for a PDF not yet rendered wait for one rendering.
 */
@Component
class LetterPdfs {

	/** How much memory the rendered PDFs may take, in bytes. */
	private static final long KEPT_BYTES = 64L * 1024 * 1024;

	/** How long a rendered PDF that nobody reads is kept. */
	private static final Duration KEPT_UNREAD = Duration.ofMinutes(30);

	private final LetterPdf renderer;

	private final Letters letters;

	private final Signatures signatures;

	private final Organizations organizations;

	private final Deliveries deliveries;

	private final AdelanteSettings site;

	private final Cache<PdfKey, byte[]> rendered;

	LetterPdfs(LetterPdf renderer, Letters letters, Signatures signatures, Deliveries deliveries,
			Organizations organizations, AdelanteSettings site) {
		this.renderer = renderer;
		this.deliveries = deliveries;
		this.site = site;
		this.letters = letters;
		this.signatures = signatures;
		this.organizations = organizations;
		this.rendered = Caffeine.newBuilder()
			.maximumWeight(KEPT_BYTES)
			.<PdfKey, byte[]>weigher((key, pdf) -> pdf.length)
			.expireAfterAccess(KEPT_UNREAD)
			.build();
	}

	/**
	 * The letter's PDF in one of its languages.
	 * @param language a language it is written in
	 * @param lastModified when anything it shows last changed
	 * ({@link LetterPages#lastModified}), which it is dated by
	 */
	byte[] pdf(Letter letter, String language, Instant lastModified) {
		PdfKey key = new PdfKey(letter.id(), letter.version(), letter.listVersion(), language, lastModified);
		return this.rendered.get(key, (missing) -> this.renderer.render(document(letter, language, lastModified)));
	}

	/**
	 * The letter with its live list, as of the last change of anything it shows. The
	 * names are left out until their public time, as on the letter's page.
	 */
	LetterDocument document(Letter letter, String language, Instant asOf) {
		Locale locale = Languages.forCode(letter.content().languageFor(language));
		boolean namesPublic = letter.listIsPublicAt(this.letters.now());
		LetterDocument live = new LetterDocument(letter, language, letterhead(), asOf,
				this.signatures.list(letter, locale), namesPublic ? null : letter.content().listPublicAt(), null);
		LetterDocument.Verification delivered = latestDelivery(letter);
		return (delivered != null) ? live.delivered(delivered) : live;
	}

	/**
	 * Where the letter's latest delivery is verified, for the footer of its public PDF;
	 * {@code null} while it has not been delivered. A delivery moves the letter's list
	 * version, so the kept PDF is replaced.
	 */
	private LetterDocument.Verification latestDelivery(Letter letter) {
		return this.deliveries.latest(letter.id())
			.map((delivery) -> new LetterDocument.Verification(this.site.absolute(delivery.url(letter.slug())),
					delivery.snapshot().deliveredAt()))
			.orElse(null);
	}

	private Letterhead letterhead() {
		return Letterhead.ours(this.organizations);
	}

	/**
	 * A rendered PDF as of a version of the letter and its list, in a language, as of the
	 * last change of anything it shows.
	 */
	private record PdfKey(long letterId, int letterVersion, long listVersion, String language, Instant lastModified) {
	}

}
