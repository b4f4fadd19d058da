package org.adelante.newsroom;

import java.util.List;
import java.util.UUID;

/**
 * Post content for tests, unique per call so tests sharing one database do not collide.
 */
public final class Posts {

	private Posts() {
	}

	public static PostContent pressRelease(String title) {
		return content(PostKind.PRESS_RELEASE, title);
	}

	public static PostContent content(PostKind kind, String title) {
		String unique = title + " " + UUID.randomUUID().toString().substring(0, 8);
		return new PostContent(kind, "en", null, unique, null, null, null,
				"Coalition partners gathered at the capitol on **Monday** to deliver the letter.", "Tucson", "Arizona",
				ReleaseMode.IMMEDIATE, null, null, null, null, null, null, null, null, null, List.of("Migration"),
				List.of(), List.of(), null, null, null, List.of(), null);
	}

}
