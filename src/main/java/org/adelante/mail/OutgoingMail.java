package org.adelante.mail;

import java.util.List;

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
 * @param attachments files sent with it, in order
 */
public record OutgoingMail(String to, String toName, String subject, String htmlBody, String textBody,
		List<Attachment> attachments) {

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
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	public OutgoingMail(String to, String toName, String subject, String htmlBody, String textBody) {
		this(to, toName, subject, htmlBody, textBody, List.of());
	}

	public OutgoingMail(String to, String subject, String htmlBody, String textBody) {
		this(to, null, subject, htmlBody, textBody);
	}

	/** The same email with these files attached. */
	public OutgoingMail with(Attachment... files) {
		return new OutgoingMail(this.to, this.toName, this.subject, this.htmlBody, this.textBody, List.of(files));
	}

	/** Header values must never carry line breaks (header injection). */
	private static String singleLine(String text) {
		return text.replaceAll("[\\r\\n\\t]+", " ").strip();
	}

	private static String shorten(String text, int length) {
		return (Text.length(text) > length) ? Text.truncate(text, length - 1) + "…" : text;
	}

}
