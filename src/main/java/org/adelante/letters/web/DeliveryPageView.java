package org.adelante.letters.web;

import java.util.List;

import org.adelante.letters.Delivery;
import org.adelante.letters.Letter;
import org.adelante.letters.Target;

/**
 * The public page of a delivery: what was delivered, to whom and when, and how to check
 * it against its hash.
 *
 * @param letter the letter now
 * @param delivery what was delivered
 * @param language the language its text is shown in
 * @param title its title in that language
 * @param html its delivered text, as safe HTML
 * @param signatories its delivered list as the page shows it
 * @param canonicalUrl where its canonical form is downloaded
 * @param pdfUrl where its delivered PDF is downloaded in that language
 */
public record DeliveryPageView(Letter letter, Delivery delivery, String language, String title, String html,
		SignatoryListView signatories, String canonicalUrl, String pdfUrl) {

	public List<Target> targets() {
		return this.delivery.snapshot().targets();
	}

	public int count() {
		return this.delivery.snapshot().signatories().size();
	}

}
