package org.adelante.newsroom.media;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An image in the media library, kept in several widths for responsive pages. URLs are
 * site-relative ({@code /media/<key>/<width>.<ext>}) and never change for an asset, so
 * they can be cached forever.
 *
 * @param id the asset's row key
 * @param key the random, unguessable public key (32 lower-case hex characters)
 * @param originalFilename the uploaded file's name, for staff to recognise it
 * @param width the original width in pixels, after applying its orientation
 * @param height the original height in pixels, after applying its orientation
 * @param format {@code "jpeg"} or {@code "png"}: the format every variant is stored in
 * @param widths the widths of the stored variants, smallest first
 * @param createdAt when it was uploaded
 */
public record MediaAsset(long id, String key, String originalFilename, int width, int height, String format,
		List<Integer> widths, Instant createdAt) {

	/** What a valid asset key looks like; anything else is never looked up on disk. */
	public static final Pattern KEY_PATTERN = Pattern.compile("[0-9a-f]{32}");

	/** The width {@link #defaultUrl()} prefers, good for an article column. */
	static final int PREFERRED_DEFAULT_WIDTH = 1280;

	public MediaAsset {
		if (widths == null || widths.isEmpty()) {
			throw new IllegalArgumentException("A media asset has at least one variant");
		}
		widths = widths.stream().sorted().toList();
	}

	/** The file extension of the variants: {@code jpg} or {@code png}. */
	public String extension() {
		return "png".equals(this.format) ? "png" : "jpg";
	}

	/** The content type of the variants. */
	public String contentType() {
		return "png".equals(this.format) ? "image/png" : "image/jpeg";
	}

	/**
	 * The URL of the variant for the given width, or of the nearest wider one (the widest
	 * if none is as wide), so callers may ask for any width they plan to display.
	 */
	public String url(int width) {
		return "/media/" + this.key + "/" + variantWidth(width) + "." + extension();
	}

	/**
	 * The stored variant width that {@link #url(int)} uses for the given width.
	 */
	public int variantWidth(int width) {
		for (int candidate : this.widths) {
			if (candidate >= width) {
				return candidate;
			}
		}
		return largestWidth();
	}

	/**
	 * A {@code srcset} value listing every variant, such as
	 * {@code "/media/k/320.jpg 320w, …"}.
	 */
	public String srcset() {
		return this.widths.stream().map((w) -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
	}

	/** The width of the variant for {@code src}: the widest up to 1280 pixels. */
	public int defaultWidth() {
		int chosen = this.widths.get(0);
		for (int candidate : this.widths) {
			if (candidate <= PREFERRED_DEFAULT_WIDTH) {
				chosen = candidate;
			}
		}
		return chosen;
	}

	/** The URL for {@code src}, a variant of {@link #defaultWidth()}. */
	public String defaultUrl() {
		return url(defaultWidth());
	}

	/** The widest stored variant. */
	public int largestWidth() {
		return this.widths.get(this.widths.size() - 1);
	}

	/**
	 * The height the image has when shown at the given width, keeping its proportions.
	 */
	public int heightFor(int width) {
		return (int) Math.max(1, Math.round((double) this.height * width / this.width));
	}

	/** Whether a variant of exactly this width is stored. */
	public boolean hasWidth(int width) {
		return this.widths.contains(width);
	}

}
