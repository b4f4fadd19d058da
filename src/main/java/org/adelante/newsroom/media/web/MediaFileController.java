package org.adelante.newsroom.media.web;

import org.adelante.newsroom.media.MediaFile;
import org.adelante.newsroom.media.MediaLibrary;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the stored image variants to everyone. A variant's address never changes its
 * content, so browsers and CDNs may keep it for a year without asking again.
 */
@Controller
class MediaFileController {

	static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

	private final MediaLibrary library;

	MediaFileController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/media/{key}/{width}.{extension}")
	ResponseEntity<Resource> variant(@PathVariable String key, @PathVariable String width,
			@PathVariable String extension) {
		MediaFile file = this.library.variant(key, width, extension).orElseThrow(MediaNotFound::new);
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER)
			.eTag(file.etag())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(new FileSystemResource(file.path()));
	}

}
