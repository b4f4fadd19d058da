package org.adelante.letters;

import org.adelante.letters.pdf.LetterDocument;
import org.adelante.letters.pdf.LetterPdf;
import org.adelante.letters.pdf.Letterhead;
import org.adelante.organizations.Organizations;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.web.Languages;

import org.springframework.stereotype.Component;

/**
 * A delivered letter's PDF: its frozen text and list under our letterhead, dated the day
 * it was delivered, with the address of its public record in the footer. The names are in
 * it even before the list's public time: the targets are whom the letter is for.
 */
@Component
class DeliveryPdf implements DeliveryDocuments {

	private final LetterPdf renderer;

	private final Organizations organizations;

	private final AdelanteSettings site;

	DeliveryPdf(LetterPdf renderer, Organizations organizations, AdelanteSettings site) {
		this.renderer = renderer;
		this.organizations = organizations;
		this.site = site;
	}

	@Override
	public byte[] pdf(Letter letter, Delivery delivery, String language) {
		Letter frozen = letter.withContent(delivery.snapshot().contentOf(letter));
		LetterDocument document = new LetterDocument(frozen, language, Letterhead.ours(this.organizations),
				delivery.snapshot().deliveredAt(), delivery.list(Languages.forCode(language)), null,
				new LetterDocument.Verification(this.site.absolute(delivery.url(letter.slug())),
						delivery.snapshot().deliveredAt()));
		return this.renderer.render(document);
	}

}
