package org.adelante.newsroom;

import java.time.Instant;

/**
 * A public post was taken off the site.
 *
 * @param postId the post
 * @param title its title
 * @param actor who did it
 * @param occurredAt when
 */
public record PostUnpublished(long postId, String title, String actor, Instant occurredAt) implements PostEvent {

	@Override
	public String action() {
		return "post.unpublished";
	}

}
