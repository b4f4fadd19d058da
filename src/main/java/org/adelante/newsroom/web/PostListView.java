package org.adelante.newsroom.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.adelante.newsroom.PostStatus;
import org.adelante.newsroom.PostSummary;
import org.adelante.shared.Page;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The editors' list of posts.
 *
 * @param page the posts on this page, most recently changed first
 * @param status the status shown, or {@code null} for all
 * @param query the title search, or the empty string
 * @param notice a message key to show above the list, or {@code null}
 * @param noticeArgument the notice's argument
 */
public record PostListView(Page<PostSummary> page, PostStatus status, String query, String notice,
		String noticeArgument) {

	public List<PostStatus> statuses() {
		return Arrays.asList(PostStatus.values());
	}

	/** This list with another status filter, from its first page. */
	public String statusUrl(PostStatus other) {
		return url(other, this.query, 1);
	}

	public String pageUrl(int number) {
		return url(this.status, this.query, number);
	}

	/** The status filter as the {@code status} query parameter has it. */
	public String statusParam() {
		return (this.status != null) ? param(this.status) : null;
	}

	public boolean isFiltered() {
		return this.status != null || !this.query.isBlank();
	}

	static String param(PostStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

	private static String url(PostStatus status, String query, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/posts");
		if (status != null) {
			url.queryParam("status", param(status));
		}
		if (!query.isBlank()) {
			url.queryParam("q", "{q}");
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		return url.encode().buildAndExpand(Map.of("q", query)).toUriString();
	}

}
