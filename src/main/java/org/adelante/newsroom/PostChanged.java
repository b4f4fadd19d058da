package org.adelante.newsroom;

import java.time.Instant;

/**
 * An editor saved new content for a post.
 *
 * @param postId the post
 * @param title its title
 * @param actor who did it
 * @param occurredAt when
 */
public record PostChanged(long postId, String title, String actor, Instant occurredAt) implements PostEvent {

	@Override
	public String action() {
		return "post.changed";
	}

}
