package org.adelante.newsroom;

import java.time.Instant;

/**
 * A post became public: at once, when its scheduled time or embargo passed, or with a
 * past date (an import, the demo content), which is not news now.
 *
 * @param postId the post
 * @param slug its address under {@code /news/}
 * @param title its title
 * @param language its language
 * @param publishedAt when it became public
 * @param news whether it is news now, and so worth announcing (false for a past date)
 * @param actor who published it, or "system" for a scheduled publication
 * @param occurredAt when it was published
 */
public record PostPublished(long postId, String slug, String title, String language, Instant publishedAt, boolean news,
		String actor, Instant occurredAt) implements PostEvent {

	@Override
	public String action() {
		return "post.published";
	}

}
