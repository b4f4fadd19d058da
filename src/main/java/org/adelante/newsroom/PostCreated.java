package org.adelante.newsroom;

import java.time.Instant;

/**
 * A post was written and saved as a draft.
 *
 * @param postId the post
 * @param title its title
 * @param actor who did it
 * @param occurredAt when
 */
public record PostCreated(long postId, String title, String actor, Instant occurredAt) implements PostEvent {

	@Override
	public String action() {
		return "post.created";
	}

}
