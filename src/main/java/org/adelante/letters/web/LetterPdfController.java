package org.adelante.letters.web;

import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterNotFound;
import org.adelante.letters.Letters;
import org.adelante.shared.web.Languages;
import org.adelante.shared.web.PageCaching;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * A public letter as a PDF document, in the reader's language where the letter is written
 * in it ({@code ?lang=es} chooses, as on every page), else in the one it is written in.
 * The same rules as for the letter's page apply: a draft does not exist, a letter that
 * moved redirects to its new address, and a reader's copy stays valid until the letter or
 * its list changes. Staff get the same document as readers.
 */
@Controller
class LetterPdfController {

	private final Letters letters;

	private final LetterPages pages;

	private final LetterPdfs pdfs;

	LetterPdfController(Letters letters, LetterPages pages, LetterPdfs pdfs) {
		this.letters = letters;
		this.pages = pages;
		this.pdfs = pdfs;
	}

	@GetMapping("/letters/{slug}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, Locale locale, WebRequest request,
			HttpServletResponse response) {
		Letter letter = this.letters.findPublic(slug).orElse(null);
		if (letter == null) {
			Letter moved = this.letters.movedFrom(slug).orElseThrow(() -> new LetterNotFound(slug));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.header(HttpHeaders.LOCATION, moved.url() + ".pdf")
				.build();
		}
		String language = letter.content().languageFor(locale.getLanguage());
		Instant lastModified = this.pages.lastModified(letter);
		if (PageCaching.notModified(request, response,
				"letter-pdf:" + letter.id() + ":" + letter.version() + ":" + letter.listVersion(),
				Languages.forCode(language), lastModified)) {
			return null;
		}
		byte[] pdf = this.pdfs.pdf(letter, language, lastModified);
		String name = letter.slug() + ("es".equals(language) ? "-es" : "") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
			.body(pdf);
	}

}
