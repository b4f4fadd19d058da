package org.adelante.newsroom;

import org.adelante.shared.Audited;

/**
 * Something that happened to a post, audited under that post with its title. Other
 * modules listen for the specific events (such as {@link PostPublished}).
 */
public interface PostEvent extends Audited {

	/** The post. */
	long postId();

	/** Its title when it happened. */
	String title();

	@Override
	default String subjectType() {
		return "post";
	}

	@Override
	default String subjectId() {
		return String.valueOf(postId());
	}

	@Override
	default String summary() {
		return title();
	}

}
