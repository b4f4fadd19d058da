package org.adelante.letters.web;

import java.util.List;
import java.util.Map;

import org.adelante.letters.Delivery;
import org.adelante.letters.DeliveryOrder;
import org.adelante.letters.Letter;
import org.adelante.letters.Target;
import org.adelante.shared.FieldProblems;

/**
 * The page where an organiser delivers a letter: its targets to choose from, the cover
 * message in each language with a preview, and its earlier deliveries.
 *
 * @param letter the letter
 * @param form what the form shows
 * @param problems what is wrong with it
 * @param previews the cover message as each language's first recipient will read it, by
 * language; empty until a preview is asked for
 * @param deliveries the letter's earlier deliveries, the latest first
 * @param signatories how many signatories a delivery now would carry
 */
public record DeliveryComposeView(Letter letter, DeliveryForm form, FieldProblems problems,
		Map<String, Preview> previews, List<Delivery> deliveries, int signatories) {

	private static final Map<String, String> ANCHORS = Map.of("recipients", "recipient-0");

	public List<Target> targets() {
		return this.letter.content().targets();
	}

	public List<String> languages() {
		return this.letter.content().languages();
	}

	public String action() {
		return "/admin/letters/" + this.letter.id() + "/deliveries";
	}

	public Map<String, String> anchors() {
		return ANCHORS;
	}

	public int subjectMax() {
		return DeliveryOrder.SUBJECT_MAX;
	}

	public int bodyMax() {
		return DeliveryOrder.BODY_MAX;
	}

	/**
	 * A cover message as one recipient will read it.
	 *
	 * @param recipient whom it is shown for
	 * @param subject its subject
	 * @param paragraphs its text, paragraph by paragraph
	 * @param attachment the file name of the PDF it carries
	 */
	public record Preview(String recipient, String subject, List<String> paragraphs, String attachment) {
	}

}
