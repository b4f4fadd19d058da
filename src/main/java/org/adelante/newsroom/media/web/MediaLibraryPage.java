package org.adelante.newsroom.media.web;

import java.util.List;

import org.adelante.newsroom.media.MediaAsset;

/**
 * What the admin media library page shows: the upload form and the latest uploads.
 *
 * @param assets the most recent uploads, newest first
 * @param error the message key of what was wrong with the last upload, or {@code null}
 */
public record MediaLibraryPage(List<MediaAsset> assets, String error) {

	public boolean hasError() {
		return this.error != null;
	}

}
