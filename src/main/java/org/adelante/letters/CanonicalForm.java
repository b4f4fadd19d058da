package org.adelante.letters;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical form that a letter's text and a delivery's snapshot are hashed in, so
 * that anyone can recompute a hash from what the public pages show: a sequence of
 * netstrings ({@code <length in UTF-8 bytes>:<UTF-8 bytes>,}), the first naming the form,
 * missing values written as empty strings, times as ISO-8601 UTC to the second. The
 * README documents every form built here.
 */
public final class CanonicalForm {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	/** Starts a form of the named kind, such as {@code adelante-letter-text-1}. */
	public CanonicalForm(String kind) {
		add(kind);
	}

	/** Appends a value; {@code null} is written as an empty string. */
	public CanonicalForm add(String value) {
		byte[] utf8 = ((value != null) ? value : "").getBytes(StandardCharsets.UTF_8);
		this.bytes.writeBytes((utf8.length + ":").getBytes(StandardCharsets.US_ASCII));
		this.bytes.writeBytes(utf8);
		this.bytes.write(',');
		return this;
	}

	public CanonicalForm add(long value) {
		return add(Long.toString(value));
	}

	public CanonicalForm add(boolean value) {
		return add(value ? "true" : "false");
	}

	/** Appends a time as {@code 2026-05-01T14:30:00Z}, cut to the second. */
	public CanonicalForm add(Instant value) {
		return add(
				(value != null) ? DateTimeFormatter.ISO_INSTANT.format(value.truncatedTo(ChronoUnit.SECONDS)) : null);
	}

	/** The form's bytes, exactly as hashed. */
	public byte[] bytes() {
		return this.bytes.toByteArray();
	}

	/** The SHA-256 of the form in lower-case hex. */
	public String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
