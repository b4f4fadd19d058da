package org.adelante.mail;

import org.adelante.shared.Emails;
import org.adelante.shared.Text;

/**
 * One email to queue: a recipient and the same message as HTML and as plain text. Build
 * it with {@link MailTemplates#compose} to get both parts from one localised template.
 *
 * @param to the recipient's address
 * @param toName the recipient's display name, or {@code null}
 * @param subject the subject line
 * @param htmlBody the HTML part
 * @param textBody the plain-text part
 */
public record OutgoingMail(String to, String toName, String subject, String htmlBody, String textBody) {

	/** Longest subject the outbox stores; longer ones are shortened. */
	public static final int MAX_SUBJECT_LENGTH = 300;

	private static final int MAX_NAME_LENGTH = 200;

	public OutgoingMail {
		if (to == null || !Emails.isValid(to.strip())) {
			throw new IllegalArgumentException("An email needs a recipient address such as name@example.org");
		}
		if (subject == null || subject.isBlank()) {
			throw new IllegalArgumentException("An email needs a subject");
		}
		if (htmlBody == null || textBody == null) {
			throw new IllegalArgumentException("An email needs both an HTML and a plain-text part");
		}
		to = to.strip();
		toName = (toName != null && !toName.isBlank()) ? shorten(singleLine(toName), MAX_NAME_LENGTH) : null;
		subject = shorten(singleLine(subject), MAX_SUBJECT_LENGTH);
	}

	public OutgoingMail(String to, String subject, String htmlBody, String textBody) {
		this(to, null, subject, htmlBody, textBody);
	}

	/** Header values must never carry line breaks (header injection). */
	private static String singleLine(String text) {
		return text.replaceAll("[\\r\\n\\t]+", " ").strip();
	}

	private static String shorten(String text, int length) {
		return (Text.length(text) > length) ? Text.truncate(text, length - 1) + "…" : text;
	}

}
