package org.adelante.letters;

import java.util.List;
import java.util.Map;

import org.adelante.shared.Emails;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;

/**
 * What an organiser asks a delivery to do: to whom it goes, in which language, and the
 * cover message in each language used.
 *
 * @param recipients whom to email the letter to
 * @param covers the cover message by language ({@code en}, {@code es})
 */
public record DeliveryOrder(List<Recipient> recipients, Map<String, CoverMessage> covers) {

	public static final int SUBJECT_MAX = 200;

	public static final int BODY_MAX = 10_000;

	/** The placeholder in a cover message that becomes each recipient's name. */
	public static final String NAME = "{name}";

	public DeliveryOrder {
		recipients = List.copyOf(recipients);
		covers = Map.copyOf(covers);
	}

	/** What stops the order from being carried out. */
	public FieldProblems problems() {
		FieldProblems problems = new FieldProblems();
		if (this.recipients.isEmpty()) {
			problems.add("recipients", "letters.delivery.recipients.required");
		}
		for (Recipient recipient : this.recipients) {
			if (!Emails.isValid(recipient.email())) {
				problems.add("recipients", "letters.delivery.recipients.email", recipient.name());
			}
		}
		for (String language : List.of("en", "es")) {
			CoverMessage cover = this.covers.get(language);
			boolean used = this.recipients.stream().anyMatch((recipient) -> recipient.language().equals(language));
			if (!used) {
				continue;
			}
			String subject = "subject" + ("en".equals(language) ? "En" : "Es");
			String body = "body" + ("en".equals(language) ? "En" : "Es");
			problems.required(subject, (cover != null) ? cover.subject() : null)
				.required(body, (cover != null) ? cover.body() : null);
			if (cover != null) {
				problems.maxLength(subject, cover.subject(), SUBJECT_MAX).maxLength(body, cover.body(), BODY_MAX);
			}
		}
		return problems;
	}

	/**
	 * Someone to email the letter to.
	 *
	 * @param name their name, as the cover message greets them
	 * @param email their address
	 * @param language the language of the letter and message they get
	 */
	public record Recipient(String name, String email, String language) {

		public Recipient {
			name = Text.line(name);
			email = (email != null) ? email.strip() : null;
			language = "es".equals(language) ? "es" : "en";
		}

	}

	/**
	 * A cover message in one language.
	 *
	 * @param subject the email's subject
	 * @param body its text, paragraphs apart by empty lines; {@value DeliveryOrder#NAME}
	 * becomes the recipient's name
	 */
	public record CoverMessage(String subject, String body) {

		public CoverMessage {
			subject = Text.line(subject);
			body = Text.lines(body);
		}

		/** The text for one recipient. */
		public String bodyFor(String name) {
			return (this.body != null) ? this.body.replace(NAME, (name != null) ? name : "") : "";
		}

	}

}
