package org.adelante.newsroom.media;

import java.util.Optional;

/**
 * The image formats an upload may be in, recognised by their first bytes rather than by
 * the file's name or the content type the browser declared.
 */
enum ImageFormat {

	JPEG("jpeg"), PNG("png"), WEBP("webp");

	/** How many leading bytes {@link #sniff(byte[])} needs to tell the formats apart. */
	static final int SIGNATURE_LENGTH = 12;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String readerName;

	ImageFormat(String readerName) {
		this.readerName = readerName;
	}

	/** The name ImageIO knows this format's readers by. */
	String readerName() {
		return this.readerName;
	}

	/** The format the content starts like, or empty if it is none of ours. */
	static Optional<ImageFormat> sniff(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
				&& (content[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int offset, byte[] signature) {
		if (content.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (content[offset + i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

}
