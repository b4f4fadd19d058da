package org.adelante.newsroom.web;

/**
 * An image from the media library as a page shows it: the variants for {@code srcset}, a
 * default for {@code src}, and the intrinsic size that keeps the page from jumping while
 * it loads.
 *
 * @param src the default variant's address
 * @param srcset every variant with its width
 * @param width the default variant's width in pixels
 * @param height the default variant's height in pixels
 * @param alt the text alternative
 */
public record ResponsiveImage(String src, String srcset, int width, int height, String alt) {

	public ResponsiveImage {
		alt = (alt != null) ? alt : "";
	}

}
