package org.adelante.newsroom;

import java.time.Instant;

/**
 * A post became public, either at once or when its scheduled time or embargo passed.
 *
 * @param postId the post
 * @param slug its address under {@code /news/}
 * @param title its title
 * @param language its language
 * @param publishedAt when it became public
 */
public record PostPublished(long postId, String slug, String title, String language, Instant publishedAt) {
}
