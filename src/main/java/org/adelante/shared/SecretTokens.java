package org.adelante.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The one way Adelante makes the secrets that links in emails carry (password resets,
 * signature confirmations, withdrawals): 256 random bits, written in 43 URL-safe
 * characters. Only a token's SHA-256 {@link #hash} is stored, so the database alone opens
 * no link.
 */
public final class SecretTokens {

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretTokens() {
	}

	/** A new random token. */
	public static String issue() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text could be a token this class issued; anything else is no link. */
	public static boolean isWellFormed(String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	/** The token's SHA-256 hash in lower-case hex, as it is stored. */
	public static String hash(String token) {
		return sha256(token);
	}

	/** The SHA-256 of the text in lower-case hex. */
	public static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
