package org.adelante.test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import static org.awaitility.Awaitility.await;

/**
 * An email the test SMTP server ({@link TestInfrastructure#SMTP}) received, with its
 * parts decoded.
 *
 * <pre>
 * ReceivedMail mail = ReceivedMail.awaitFor("someone@test.adelante");
 * assertThat(mail.subject()).isEqualTo("Restablezca su contraseña");
 * assertThat(mail.text()).contains("https://");
 * </pre>
 *
 * @param from the From address
 * @param to the To addresses
 * @param subject the decoded subject
 * @param contentType the top-level content type, such as
 * {@code multipart/alternative; boundary=...}
 * @param text the text/plain part, or {@code null}
 * @param html the text/html part, or {@code null}
 * @param message the raw message
 */
public record ReceivedMail(String from, List<String> to, String subject, String contentType, String text, String html,
		MimeMessage message) {

	private static final Duration WAIT = Duration.ofSeconds(20);

	/** Waits until an email to the address arrived and returns the newest one. */
	public static ReceivedMail awaitFor(String address) {
		List<ReceivedMail> mails = awaitFor(address, 1);
		return mails.get(mails.size() - 1);
	}

	/** Waits until at least {@code count} emails to the address arrived, oldest first. */
	public static List<ReceivedMail> awaitFor(String address, int count) {
		return await().atMost(WAIT).until(() -> allFor(address), (mails) -> mails.size() >= count);
	}

	/** Every email to the address received so far, oldest first. */
	public static List<ReceivedMail> allFor(String address) {
		List<ReceivedMail> found = new ArrayList<>();
		for (MimeMessage message : TestInfrastructure.SMTP.getReceivedMessages()) {
			ReceivedMail mail = of(message);
			if (mail.to().stream().anyMatch(address::equalsIgnoreCase)) {
				found.add(mail);
			}
		}
		return found;
	}

	public static ReceivedMail of(MimeMessage message) {
		try {
			List<String> to = Arrays.stream(message.getAllRecipients())
				.map((Address a) -> ((InternetAddress) a).getAddress())
				.toList();
			String[] parts = new String[2];
			collect(message, parts);
			return new ReceivedMail(((InternetAddress) message.getFrom()[0]).getAddress(), to, message.getSubject(),
					message.getContentType(), parts[0], parts[1], message);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Unreadable email", ex);
		}
	}

	/** The files attached to the email, in order. */
	public List<File> attachments() {
		List<File> files = new ArrayList<>();
		try {
			attachments(this.message, files);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException("Unreadable email", ex);
		}
		return files;
	}

	private static void attachments(Part part, List<File> files) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				attachments(multipart.getBodyPart(i), files);
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			files.add(new File(part.getFileName(), part.getContentType(), part.getInputStream().readAllBytes()));
		}
	}

	/**
	 * A file attached to an email.
	 *
	 * @param filename its name
	 * @param contentType its content type header
	 * @param content its decoded bytes
	 */
	public record File(String filename, String contentType, byte[] content) {
	}

	private static void collect(Part part, String[] parts) throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), parts);
			}
		}
		else if (part.isMimeType("text/plain") && parts[0] == null) {
			parts[0] = (String) part.getContent();
		}
		else if (part.isMimeType("text/html") && parts[1] == null) {
			parts[1] = (String) part.getContent();
		}
	}

}
