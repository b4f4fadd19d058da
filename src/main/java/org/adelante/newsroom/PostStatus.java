package org.adelante.newsroom;

import java.util.Locale;

/**
 * Where a post is in its life. A scheduled post (including an embargoed release) becomes
 * public at its publication time.
 */
public enum PostStatus {

	DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED;

	public String labelKey() {
		return "post.status." + name().toLowerCase(Locale.ROOT);
	}

}
