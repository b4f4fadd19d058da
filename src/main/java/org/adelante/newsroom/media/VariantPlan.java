package org.adelante.newsroom.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Which widths an image is kept in: each standard width smaller than the original, plus
 * the original width itself, never wider than {@link #MAX_WIDTH}.
 */
final class VariantPlan {

	static final List<Integer> STANDARD_WIDTHS = List.of(320, 640, 960, 1280, 1920);

	static final int MAX_WIDTH = 1920;

	private VariantPlan() {
	}

	/** The variant widths, smallest first, for an original of the given width. */
	static List<Integer> widthsFor(int originalWidth) {
		if (originalWidth < 1) {
			throw new IllegalArgumentException("An image is at least one pixel wide");
		}
		int largest = Math.min(originalWidth, MAX_WIDTH);
		List<Integer> widths = new ArrayList<>();
		for (int width : STANDARD_WIDTHS) {
			if (width < largest) {
				widths.add(width);
			}
		}
		widths.add(largest);
		return List.copyOf(widths);
	}

}
