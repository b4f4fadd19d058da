package org.adelante.newsroom.web;

import java.util.List;

import org.adelante.newsroom.PostKind;

/**
 * What the home page shows: the newest post featured, the next ones in a grid, and the
 * ones after those as a short list.
 *
 * @param featured the newest public post, or {@code null} when nothing is published
 * @param grid the next posts, shown with their images
 * @param recent the posts after those, as a list
 * @param kinds the kinds of post readers can browse
 */
public record HomeView(PostCard featured, List<PostCard> grid, List<PostCard> recent, List<PostKind> kinds) {

	public boolean isEmpty() {
		return this.featured == null;
	}

}
