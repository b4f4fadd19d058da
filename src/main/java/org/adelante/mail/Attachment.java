package org.adelante.mail;

import java.util.regex.Pattern;

/**
 * A file sent with an email.
 *
 * @param filename its name as the recipient sees it, such as {@code letter.pdf}: letters,
 * digits, dots, dashes and underscores
 * @param contentType its media type, such as {@code application/pdf}
 * @param content its bytes
 */
public record Attachment(String filename, String contentType, byte[] content) {

	/**
	 * The largest file an email carries; mail servers commonly refuse more than 25 MB.
	 */
	public static final int MAX_SIZE = 15 * 1024 * 1024;

	private static final Pattern FILENAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

	private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]{1,90}");

	public Attachment {
		if (filename == null || !FILENAME.matcher(filename).matches()) {
			throw new IllegalArgumentException("An attachment needs a plain file name such as letter.pdf");
		}
		if (contentType == null || !MEDIA_TYPE.matcher(contentType).matches()) {
			throw new IllegalArgumentException("An attachment needs a media type such as application/pdf");
		}
		if (content == null || content.length == 0 || content.length > MAX_SIZE) {
			throw new IllegalArgumentException("An attachment holds between 1 byte and " + MAX_SIZE + " bytes");
		}
	}

	/** A PDF document. */
	public static Attachment pdf(String filename, byte[] content) {
		return new Attachment(filename, "application/pdf", content);
	}

}
