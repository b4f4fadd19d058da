package org.adelante.newsroom;

import java.time.Instant;

/**
 * A post as lists show it.
 *
 * @param id its key
 * @param kind what it is
 * @param language its language
 * @param title its title
 * @param slug its address under {@code /news/}
 * @param excerpt its summary or the start of its text
 * @param leadImageId its lead image, if any
 * @param leadImageAlt the image's text alternative
 * @param leadImageCredit the image's photo credit
 * @param status where it is in its life
 * @param publishedAt when it became (or will become) public
 * @param modifiedAt when its public text last changed
 */
public record PostSummary(long id, PostKind kind, String language, String title, String slug, String excerpt,
		Long leadImageId, String leadImageAlt, String leadImageCredit, PostStatus status, Instant publishedAt,
		Instant modifiedAt) {

	public String url() {
		return "/news/" + this.slug;
	}

}
