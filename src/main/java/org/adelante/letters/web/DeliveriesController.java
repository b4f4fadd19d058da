package org.adelante.letters.web;

import java.security.Principal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.adelante.letters.Deliveries;
import org.adelante.letters.Delivery;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterContent;
import org.adelante.letters.LetterNotFound;
import org.adelante.letters.Letters;
import org.adelante.letters.DeliveryNotFound;
import org.adelante.shared.SafeHtml;
import org.adelante.shared.web.ArticleHtml;
import org.adelante.shared.web.Languages;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public record of a letter's deliveries: the page showing what was delivered, the
 * PDF exactly as it was sent, and the canonical form whose SHA-256 is the delivery's
 * address. What was delivered never changes, so all three are cached for long; only the
 * names wait for the list's public time.
 */
@Controller
class DeliveriesController {

	private static final CacheControl KEPT = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private final Letters letters;

	private final Deliveries deliveries;

	DeliveriesController(Letters letters, Deliveries deliveries) {
		this.letters = letters;
		this.deliveries = deliveries;
	}

	@GetMapping("/letters/{slug}/deliveries/{hash}")
	ModelAndView delivery(@PathVariable String slug, @PathVariable String hash, Locale locale, Principal staff,
			WebRequest request, HttpServletResponse response) {
		Letter letter = publicLetter(slug);
		Delivery delivery = delivered(letter, hash);
		boolean listPublic = letter.listIsPublicAt(this.letters.now());
		String language = language(delivery, locale.getLanguage());
		if (request.checkNotModified("\"" + hash + "-" + language + "-" + listPublic + "\"")) {
			return null;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, listPublic ? KEPT.getHeaderValue() : "public, max-age=60");
		LetterContent text = delivery.snapshot().contentOf(letter);
		SignatoryListView signatories = new SignatoryListView(
				listPublic ? delivery.list(Languages.forCode(language)) : org.adelante.letters.SignatoryList.EMPTY,
				delivery.grouping(), listPublic, letter.content().listPublicAt(), letter.content().timeZone(), null);
		String base = delivery.url(letter.slug());
		DeliveryPageView view = new DeliveryPageView(letter, delivery, language, text.title(language),
				ArticleHtml.headingsFrom(SafeHtml.markdown(text.text(language)), 2), signatories,
				base + "/canonical.txt", base + ".pdf" + ("es".equals(language) ? "?lang=es" : ""));
		return new ModelAndView("letters/delivery", Map.of("view", view));
	}

	@GetMapping("/letters/{slug}/deliveries/{hash}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable String hash,
			@RequestParam(required = false) String lang, Locale locale) {
		Letter letter = publicLetter(slug);
		Delivery delivery = delivered(letter, hash);
		String language = language(delivery, (lang != null) ? lang : locale.getLanguage());
		byte[] pdf = this.deliveries.document(delivery, language)
			.or(() -> this.deliveries.document(delivery, delivery.languages().get(0)))
			.orElseThrow(() -> new DeliveryNotFound(hash));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(KEPT)
			.eTag("\"" + hash + "-" + language + "\"")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(Deliveries.filename(letter, delivery.snapshot().round(), language))
						.build()
						.toString())
			.body(pdf);
	}

	@GetMapping("/letters/{slug}/deliveries/{hash}/canonical.txt")
	ResponseEntity<byte[]> canonical(@PathVariable String slug, @PathVariable String hash) {
		Letter letter = publicLetter(slug);
		Delivery delivery = delivered(letter, hash);
		if (!letter.listIsPublicAt(this.letters.now())) {
			throw new DeliveryNotFound(hash);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(KEPT)
			.eTag("\"" + hash + "\"")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(hash + ".txt").build().toString())
			.body(delivery.snapshot().canonicalForm().bytes());
	}

	private Letter publicLetter(String slug) {
		return this.letters.findPublic(slug).orElseThrow(() -> new LetterNotFound(slug));
	}

	private Delivery delivered(Letter letter, String hash) {
		return this.deliveries.find(letter.id(), hash).orElseThrow(() -> new DeliveryNotFound(hash));
	}

	private static String language(Delivery delivery, String wanted) {
		return delivery.languages().contains(wanted) ? wanted : delivery.languages().get(0);
	}

}
