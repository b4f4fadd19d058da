package org.adelante.newsroom.web;

import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostStatus;

/**
 * The page that asks before a post is deleted.
 *
 * @param post the post
 * @param refusal a message key saying why it cannot be deleted, or {@code null}
 */
public record PostDeleteView(Post post, String refusal) {

	/** Public and scheduled posts must be taken off the site before they are deleted. */
	public boolean isDeletable() {
		return this.refusal == null && this.post.status() != PostStatus.PUBLISHED
				&& this.post.status() != PostStatus.SCHEDULED;
	}

}
