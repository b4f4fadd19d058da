package org.adelante.newsroom.web;

import org.adelante.newsroom.PostSummary;

/**
 * A post in a list: its summary and, when it has one, its lead image.
 *
 * @param post the post
 * @param image its lead image, or {@code null}
 */
public record PostCard(PostSummary post, ResponsiveImage image) {

	public boolean hasImage() {
		return this.image != null;
	}

}
