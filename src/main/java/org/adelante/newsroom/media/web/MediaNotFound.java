package org.adelante.newsroom.media.web;

import org.adelante.shared.NotFound;

/**
 * No media asset, or no such variant of one, answers to the requested address.
 */
class MediaNotFound extends NotFound {

	MediaNotFound() {
		super("Media asset");
	}

}
