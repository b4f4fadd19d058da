package org.adelante.newsroom;

import java.time.Instant;

/**
 * A post that was not public was deleted.
 *
 * @param postId the post
 * @param title its title
 * @param actor who did it
 * @param occurredAt when
 */
public record PostDeleted(long postId, String title, String actor, Instant occurredAt) implements PostEvent {

	@Override
	public String action() {
		return "post.deleted";
	}

}
