package org.adelante.shared.web.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the "shown at" tokens of guarded forms: the time the form was shown,
 * with an HMAC over it. The key is the same on every node, so a form shown by one node
 * may be sent to another.
 */
public final class FormTokens {

	/** What a submitted token says about the submission. */
	public enum Verdict {

		/** Shown long enough ago, and not too long ago. */
		ACCEPTED,

		/** No token at all. */
		MISSING,

		/** Not a token this site signed. */
		FORGED,

		/** Sent sooner after being shown than a person could. */
		TOO_FAST,

		/** Shown so long ago that it no longer counts. */
		EXPIRED

	}

	private static final String ALGORITHM = "HmacSHA256";

	private static final String PURPOSE = "adelante-form-shown-at:";

	/** Longer than any token this class issues (13 digits, a dot, 43 characters). */
	private static final int MAX_LENGTH = 80;

	private final Supplier<byte[]> key;

	private final Clock clock;

	private final Duration minimumFillTime;

	private final Duration lifetime;

	/**
	 * @param key the signing key, asked for once a token is first needed
	 * @param clock the time forms are shown and sent at
	 * @param minimumFillTime the least time between showing and sending
	 * @param lifetime the most time between showing and sending
	 */
	public FormTokens(Supplier<byte[]> key, Clock clock, Duration minimumFillTime, Duration lifetime) {
		this.key = key;
		this.clock = clock;
		this.minimumFillTime = minimumFillTime;
		this.lifetime = lifetime;
	}

	/**
	 * The guard of a form shown now, for the {@code shared/form-guard} template.
	 * @param submitted the token the request carried, if the form is shown again after a
	 * submission (with error messages, say): while that token is accepted it is kept, so
	 * a person who corrects a field quickly is not taken for a bot
	 */
	public FormGuard guard(String submitted) {
		return new FormGuard((submitted != null && check(submitted) == Verdict.ACCEPTED) ? submitted : issue());
	}

	/** A token saying that a form is shown now. */
	public String issue() {
		return token(this.clock.instant().toEpochMilli());
	}

	private String token(long shownAt) {
		return shownAt + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sign(shownAt));
	}

	/** Whether a submitted token shows that a person had the form long enough. */
	public Verdict check(String token) {
		if (token == null || token.isEmpty()) {
			return Verdict.MISSING;
		}
		int dot = token.indexOf('.');
		if (token.length() > MAX_LENGTH || dot < 1 || dot > 15 || !digits(token, dot)) {
			return Verdict.FORGED;
		}
		long shownAt = Long.parseLong(token, 0, dot, 10);
		// Compared as the whole text, so that only the one spelling this class issues
		// passes (no leading zeros, no padding).
		if (!MessageDigest.isEqual(token(shownAt).getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8))) {
			return Verdict.FORGED;
		}
		Duration age = Duration.ofMillis(this.clock.instant().toEpochMilli() - shownAt);
		if (age.compareTo(this.minimumFillTime) < 0) {
			return Verdict.TOO_FAST;
		}
		return (age.compareTo(this.lifetime) > 0) ? Verdict.EXPIRED : Verdict.ACCEPTED;
	}

	private byte[] sign(long shownAt) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(this.key.get(), ALGORITHM));
			return mac.doFinal((PURPOSE + shownAt).getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has " + ALGORITHM, ex);
		}
	}

	private static boolean digits(String text, int end) {
		for (int i = 0; i < end; i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

}
