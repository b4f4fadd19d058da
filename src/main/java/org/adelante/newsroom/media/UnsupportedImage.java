package org.adelante.newsroom.media;

import java.util.Locale;

/**
 * An upload that the media library refuses to keep, with the reason a person can act on.
 * Web code shows {@link Reason#messageKey()} next to the file field.
 */
public class UnsupportedImage extends RuntimeException {

	private final Reason reason;

	public UnsupportedImage(Reason reason) {
		super("Unsupported image: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why an upload was refused. */
	public enum Reason {

		/**
		 * The content is not a JPEG, PNG or WebP image we can read, whatever its name.
		 */
		NOT_AN_IMAGE,

		/** The upload is larger than {@link MediaLibrary#MAX_BYTES}. */
		TOO_LARGE,

		/** The image is narrower than {@link MediaLibrary#MIN_WIDTH}. */
		TOO_SMALL,

		/** The image has more than {@link MediaLibrary#MAX_PIXELS} pixels. */
		TOO_MANY_PIXELS;

		/**
		 * The message key explaining this reason, such as
		 * {@code media.unsupported.too-small}.
		 */
		public String messageKey() {
			return "media.unsupported." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
