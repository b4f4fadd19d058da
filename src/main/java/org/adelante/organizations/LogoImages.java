package org.adelante.organizations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.adelante.shared.FieldProblems;

/**
 * Decides what an uploaded logo (our own organisation's or any registered one's) is from
 * its content, never from its name or declared type: its first bytes must be those of a
 * PNG, JPEG or WebP file, and the whole image must decode.
 */
final class LogoImages {

	static final String PNG = "image/png";

	static final String JPEG = "image/jpeg";

	static final String WEBP = "image/webp";

	/** The largest logo file, in bytes. */
	static final int MAX_BYTES = 1024 * 1024;

	/** Larger images are refused before decoding, so an upload cannot exhaust memory. */
	static final int MAX_SIDE = 8000;

	/** Images are decoded at most about this wide or high to check them. */
	private static final int CHECK_SIDE = 512;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	static {
		ImageIO.setUseCache(false);
		ImageIO.scanForPlugins();
	}

	private LogoImages() {
	}

	/** The content type the bytes start like, or {@code null}. */
	static String sniff(byte[] bytes) {
		if (startsWith(bytes, PNG_SIGNATURE)) {
			return PNG;
		}
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return JPEG;
		}
		if (bytes.length >= 12 && startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII))
				&& Arrays.equals(bytes, 8, 12, "WEBP".getBytes(StandardCharsets.US_ASCII), 0, 4)) {
			return WEBP;
		}
		return null;
	}

	/** The message key of what is wrong with an upload, or {@code null} if it is fine. */
	static String problem(byte[] bytes, int maxBytes) {
		if (bytes.length > maxBytes) {
			return "organizations.error.logo.tooLarge";
		}
		String type = sniff(bytes);
		if (type == null) {
			return "organizations.error.logo.type";
		}
		return decodes(bytes, type) ? null : "organizations.error.logo.unreadable";
	}

	/**
	 * Adds to the problems what is wrong with an uploaded logo of at most
	 * {@value #MAX_BYTES} bytes, if one was uploaded.
	 */
	static void check(FieldProblems problems, String field, byte[] logo) {
		if (logo != null) {
			String problem = problem(logo, MAX_BYTES);
			if (problem != null) {
				problems.add(field, problem);
			}
		}
	}

	static String hash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean decodes(byte[] bytes, String type) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
			if (in == null || !readers.hasNext()) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
					return false;
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / CHECK_SIDE);
				param.setSourceSubsampling(step, step, 0, 0);
				return reader.read(0, param) != null;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
