package org.adelante.newsroom;

import java.time.Instant;

/**
 * A correction note was added to a public post.
 *
 * @param postId the post
 * @param title its title
 * @param note the correction
 * @param actor who did it
 * @param occurredAt when
 */
public record PostCorrected(long postId, String title, String note, String actor,
		Instant occurredAt) implements PostEvent {

	@Override
	public String action() {
		return "post.corrected";
	}

}
