package org.adelante.letters.web;

import java.security.Principal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterNotFound;
import org.adelante.letters.Letters;
import org.adelante.shared.web.PageCaching;
import org.adelante.shared.web.Ui;
import org.adelante.shared.web.UiFactory;
import org.adelante.shared.web.protection.PublicForm;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A letter's embeddable pages, the only ones other sites may frame: the compact page with
 * the count and the signing forms, their own copy of the signing address, and the "check
 * your email" page it leads to. Everything a signer sees after sending the form (the
 * forms again with messages, "check your email", a letter that closed meanwhile) comes
 * from these addresses, so it shows inside the frame, compact, in the page's language.
 * The signing address is the letter's one public form declared at a second address: the
 * same guards and the same rate limit apply.
 */
@Controller
class LetterEmbedController {

	/** The embeddable page. */
	static final String EMBED = "/letters/{slug}/embed";

	/** Where its forms are sent. */
	static final String SIGN = EMBED + "/sign";

	/** Where a signer is sent after signing from it. */
	static final String CHECK_EMAIL = EMBED + "/check-email";

	private final Letters letters;

	private final SigningRequests signing;

	private final LetterPages pages;

	private final UiFactory uiFactory;

	LetterEmbedController(Letters letters, SigningRequests signing, LetterPages pages, UiFactory uiFactory) {
		this.letters = letters;
		this.signing = signing;
		this.pages = pages;
		this.uiFactory = uiFactory;
	}

	/**
	 * An address of a letter's embeddable pages in a language.
	 * @param page {@code ""} for the page itself, {@code "/sign"} or
	 * {@code "/check-email"}
	 */
	static String address(String slug, String page, String language) {
		return "/letters/" + slug + "/embed" + page + "?lang=" + language;
	}

	@InitBinder("signForm")
	void bindSigningFormsThroughTheirConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	/**
	 * The page, cached like the letter's own: anonymous readers asking for it plainly or
	 * in a language ({@code ?lang=es}, as the snippet does) get the rendered page from
	 * memory with fresh form tokens.
	 */
	@GetMapping(EMBED)
	ModelAndView embed(@PathVariable String slug, Locale locale, Principal staff, WebRequest request,
			HttpServletRequest servletRequest, HttpServletResponse response) {
		Letter letter = this.letters.findPublic(slug).orElse(null);
		if (letter == null) {
			Letter moved = this.letters.movedFrom(slug).orElseThrow(() -> new LetterNotFound(slug));
			return movedTo(address(moved.slug(), "", locale.getLanguage()));
		}
		Instant lastModified = this.pages.lastModified(letter);
		if (PageCaching.notModified(request, response, staff,
				"letter-embed:" + letter.id() + ":" + letter.version() + ":" + letter.listVersion(), locale,
				lastModified)) {
			return null;
		}
		Ui ui = this.uiFactory.create(servletRequest);
		String query = servletRequest.getQueryString();
		if (staff == null && (query == null || query.equals("lang=" + ui.lang()))) {
			return new ModelAndView(this.pages.cachedEmbed(letter, locale, lastModified, ui));
		}
		return new ModelAndView("letters/embed", Map.of("view", this.pages.embed(letter, locale, null)));
	}

	@PostMapping(SIGN)
	ModelAndView sign(@PathVariable String slug, @ModelAttribute SignForm form, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Letter letter = publicLetter(slug);
		PageCaching.privatePage(response);
		SigningRequests.Outcome outcome = this.signing.send(letter, form, locale, request);
		if (outcome instanceof SigningRequests.Refused refused) {
			SignFormsView forms = SignFormsView.submitted(letter, form, refused.problems());
			return new ModelAndView("letters/embed", Map.of("view", this.pages.embed(letter, locale, forms)),
					HttpStatus.BAD_REQUEST);
		}
		if (outcome instanceof SigningRequests.Closed closed) {
			return new ModelAndView("letters/embed", Map.of("view", this.pages.embed(closed.letter(), locale, null)),
					HttpStatus.GONE);
		}
		return new ModelAndView(
				"redirect:" + PublicForm.successRedirect("/letters/" + letter.slug() + "/embed/check-email", request));
	}

	@GetMapping(CHECK_EMAIL)
	ModelAndView checkEmail(@PathVariable String slug, Locale locale, HttpServletResponse response) {
		Letter letter = publicLetter(slug);
		PageCaching.privatePage(response);
		return new ModelAndView("letters/embed-check-email", Map.of("view", this.pages.embed(letter, locale, null)));
	}

	private static ModelAndView movedTo(String address) {
		RedirectView moved = new RedirectView(address);
		moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		moved.setExposeModelAttributes(false);
		return new ModelAndView(moved);
	}

	/** The public letter at the address, or at an address it had before. */
	private Letter publicLetter(String slug) {
		return this.letters.findPublic(slug)
			.or(() -> this.letters.movedFrom(slug))
			.orElseThrow(() -> new LetterNotFound(slug));
	}

}
