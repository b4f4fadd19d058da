package org.adelante.newsroom;

import java.time.Instant;

/**
 * A scheduled or unpublished post became a draft again.
 *
 * @param postId the post
 * @param title its title
 * @param actor who did it
 * @param occurredAt when
 */
public record PostRevertedToDraft(long postId, String title, String actor, Instant occurredAt) implements PostEvent {

	@Override
	public String action() {
		return "post.reverted";
	}

}
