package org.adelante.newsroom.web;

import java.util.List;

import org.adelante.newsroom.PostSummary;
import org.adelante.newsroom.media.MediaAsset;
import org.adelante.newsroom.media.MediaLibrary;

import org.springframework.stereotype.Component;

/**
 * Turns the media library's images into what pages show: responsive images for posts and
 * cards.
 */
@Component
class LeadImages {

	/** The variant width link previews ask for. */
	static final int PREVIEW_WIDTH = 1200;

	private final MediaLibrary media;

	LeadImages(MediaLibrary media) {
		this.media = media;
	}

	/** The image, or {@code null} when there is none or it was removed. */
	ResponsiveImage image(Long assetId, String alt) {
		if (assetId == null) {
			return null;
		}
		return this.media.find(assetId).map((asset) -> image(asset, alt)).orElse(null);
	}

	/** The site path of a variant fit for link previews, or {@code null}. */
	String previewPath(Long assetId) {
		if (assetId == null) {
			return null;
		}
		return this.media.find(assetId).map((asset) -> asset.url(PREVIEW_WIDTH)).orElse(null);
	}

	List<PostCard> cards(List<PostSummary> posts) {
		return posts.stream().map(this::card).toList();
	}

	PostCard card(PostSummary post) {
		return new PostCard(post, image(post.leadImageId(), post.leadImageAlt()));
	}

	private static ResponsiveImage image(MediaAsset asset, String alt) {
		int width = asset.defaultWidth();
		return new ResponsiveImage(asset.defaultUrl(), asset.srcset(), width, asset.heightFor(width), alt);
	}

}
