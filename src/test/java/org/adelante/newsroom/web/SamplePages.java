package org.adelante.newsroom.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.adelante.newsroom.Post;

/**
 * One public page of every kind the newsroom serves, for checks that must cover them all:
 * the home page, the archive (all and filtered), a tag page, a post of each kind, and the
 * not-found page.
 */
final class SamplePages {

	private SamplePages() {
	}

	/** The paths of the sample pages. */
	static List<String> create(NewsFixtures fixtures) {
		return List.copyOf(createWithStatuses(fixtures).keySet());
	}

	/** The paths of the sample pages with the status each answers with. */
	static Map<String, Integer> createWithStatuses(NewsFixtures fixtures) {
		List<Post> posts = fixtures.oneOfEachKind();
		Map<String, Integer> pages = new LinkedHashMap<>();
		for (String path : List.of("/", "/news", "/news?kind=statement", posts.get(0).tags().get(0).url(),
				"/?lang=es")) {
			pages.put(path, 200);
		}
		pages.put("/news/no-such-post", 404);
		posts.forEach((post) -> pages.put(post.url(), 200));
		pages.put(posts.get(0).url() + "?lang=es", 200);
		return pages;
	}

}
