package org.adelante.newsroom.web;

import java.util.List;

import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.Tag;
import org.adelante.shared.Page;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of the news archive: every public post, or those of one kind, or those with
 * one tag.
 *
 * @param page the posts on this page
 * @param kind the kind shown, or {@code null} for all
 * @param tag the tag shown, or {@code null} when this is not a tag page
 * @param kinds the kinds readers can filter by, or none on a tag page
 */
public record ArchiveView(Page<PostCard> page, PostKind kind, Tag tag, List<PostKind> kinds) {

	/** The address of this list's first page. */
	public String basePath() {
		return (this.tag != null) ? this.tag.url() : "/news";
	}

	/** The address of another page of this list. */
	public String pageUrl(int number) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(basePath());
		if (this.kind != null) {
			url.queryParam("kind", this.kind.param());
		}
		if (number > 1) {
			url.queryParam("page", number);
		}
		return url.build().encode().toUriString();
	}

	/** The address of the archive filtered by a kind, or unfiltered for {@code null}. */
	public String kindUrl(PostKind filter) {
		return (filter != null) ? "/news?kind=" + filter.param() : "/news";
	}

	public boolean isTagPage() {
		return this.tag != null;
	}

}
