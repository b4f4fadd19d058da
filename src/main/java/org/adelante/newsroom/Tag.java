package org.adelante.newsroom;

import org.adelante.shared.Slugs;

/**
 * A topic a post is filed under.
 *
 * @param slug its form in URLs ({@code /news/tag/{slug}})
 * @param label how it is shown
 */
public record Tag(String slug, String label) {

	public static Tag of(String label) {
		String trimmed = label.strip();
		return new Tag(Slugs.of(trimmed), trimmed);
	}

	public String url() {
		return "/news/tag/" + this.slug;
	}

}
