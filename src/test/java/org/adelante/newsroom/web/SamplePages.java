package org.adelante.newsroom.web;

import java.util.ArrayList;
import java.util.List;

import org.adelante.newsroom.Post;

/**
 * One public page of every kind the newsroom serves, for checks that must cover them all:
 * the home page, the archive (all and filtered), a tag page, a post of each kind, and the
 * not-found page.
 */
final class SamplePages {

	private SamplePages() {
	}

	static List<String> create(NewsFixtures fixtures) {
		List<Post> posts = fixtures.oneOfEachKind();
		List<String> paths = new ArrayList<>(List.of("/", "/news", "/news?kind=statement",
				posts.get(0).tags().get(0).url(), "/news/no-such-post", "/?lang=es"));
		posts.forEach((post) -> paths.add(post.url()));
		paths.add(posts.get(0).url() + "?lang=es");
		return paths;
	}

}
