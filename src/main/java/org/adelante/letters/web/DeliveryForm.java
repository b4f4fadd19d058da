package org.adelante.letters.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.adelante.letters.DeliveryOrder;
import org.adelante.letters.Letter;
import org.adelante.letters.Target;
import org.adelante.shared.web.FormFields;

/**
 * The delivery form: which of the letter's targets to email, each one's language, and the
 * cover message in each language.
 *
 * @param recipient the positions of the targets chosen, among the letter's targets
 * @param targetLanguage each target's language, in the order of the letter's targets
 * @param subjectEn the English cover message's subject
 * @param bodyEn the English cover message
 * @param subjectEs the Spanish cover message's subject
 * @param bodyEs the Spanish cover message
 */
public record DeliveryForm(List<String> recipient, List<String> targetLanguage, String subjectEn, String bodyEn,
		String subjectEs, String bodyEs) {

	public DeliveryForm {
		recipient = copy(recipient);
		targetLanguage = copy(targetLanguage);
		subjectEn = FormFields.text(subjectEn);
		bodyEn = FormFields.text(bodyEn);
		subjectEs = FormFields.text(subjectEs);
		bodyEs = FormFields.text(bodyEs);
	}

	/** Whether the target at the position is chosen. */
	public boolean chosen(int position) {
		return this.recipient.contains(String.valueOf(position));
	}

	/** The language chosen for the target at the position, or the fallback. */
	public String language(int position, String fallback) {
		String language = (position < this.targetLanguage.size()) ? this.targetLanguage.get(position).strip() : "";
		return ("en".equals(language) || "es".equals(language)) ? language : fallback;
	}

	/** The order this form describes for the letter; unknown positions are left out. */
	DeliveryOrder toOrder(Letter letter) {
		List<Target> targets = letter.content().targets();
		String fallback = letter.content().languages().get(0);
		List<DeliveryOrder.Recipient> recipients = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			if (chosen(i)) {
				Target target = targets.get(i);
				recipients.add(new DeliveryOrder.Recipient(target.name(), target.email(), language(i, fallback)));
			}
		}
		Map<String, DeliveryOrder.CoverMessage> covers = new HashMap<>();
		covers.put("en", new DeliveryOrder.CoverMessage(this.subjectEn, this.bodyEn));
		covers.put("es", new DeliveryOrder.CoverMessage(this.subjectEs, this.bodyEs));
		return new DeliveryOrder(recipients, covers);
	}

	private static List<String> copy(List<String> values) {
		return (values != null) ? values.stream().map(FormFields::text).toList() : List.of();
	}

}
