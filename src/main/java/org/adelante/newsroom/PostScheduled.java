package org.adelante.newsroom;

import java.time.Instant;

/**
 * A post was scheduled to become public at a later time.
 *
 * @param postId the post
 * @param title its title
 * @param publishAt when it becomes public
 * @param actor who did it
 * @param occurredAt when
 */
public record PostScheduled(long postId, String title, Instant publishAt, String actor,
		Instant occurredAt) implements PostEvent {

	@Override
	public String action() {
		return "post.scheduled";
	}

	@Override
	public String summary() {
		return this.title + " @ " + this.publishAt;
	}

}
