package org.adelante.newsroom.media.web;

import java.io.IOException;
import java.io.InputStream;

import org.adelante.newsroom.media.MediaAsset;
import org.adelante.newsroom.media.MediaLibrary;
import org.adelante.newsroom.media.UnsupportedImage;
import org.adelante.shared.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The editors' view of the media library: upload an image, see the latest uploads and
 * each one's variants and key.
 */
@Controller
@RequestMapping("/admin/media")
class MediaAdminController {

	static final int RECENT_COUNT = 60;

	private final MediaLibrary library;

	MediaAdminController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping
	ModelAndView library() {
		return libraryPage(new FieldProblems(), HttpStatus.OK);
	}

	@PostMapping
	ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return libraryPage(new FieldProblems().add("file", "media.upload.missing"), HttpStatus.BAD_REQUEST);
		}
		MediaAsset asset;
		try (InputStream content = file.getInputStream()) {
			asset = this.library.store(file.getOriginalFilename(), content);
		}
		catch (UnsupportedImage ex) {
			return libraryPage(new FieldProblems().add("file", ex.reason().messageKey()), HttpStatus.BAD_REQUEST);
		}
		return new ModelAndView("redirect:/admin/media/" + asset.key() + "?uploaded");
	}

	@GetMapping("/{key}")
	ModelAndView asset(@PathVariable String key, @RequestParam(required = false) String uploaded) {
		MediaAsset asset = this.library.findByKey(key).orElseThrow(MediaNotFound::new);
		return new ModelAndView("newsroom/media/asset", "page", new MediaAssetPage(asset, uploaded != null));
	}

	private ModelAndView libraryPage(FieldProblems problems, HttpStatus status) {
		ModelAndView view = new ModelAndView("newsroom/media/library", "page",
				new MediaLibraryPage(this.library.recent(RECENT_COUNT), problems));
		view.setStatus(status);
		return view;
	}

}
