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
import org.adelante.shared.Page;
import org.adelante.shared.web.PageCaching;
import org.adelante.shared.web.Ui;
import org.adelante.shared.web.UiFactory;
import org.adelante.shared.web.protection.PublicForm;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public side of letters: the list of letters, each letter's page with its signing
 * forms, the signing itself and the "check your email" page it leads to. A draft does not
 * exist for readers; a letter that moved answers at its old address with a permanent
 * redirect.
 */
@Controller
class LettersController {

	private final Letters letters;

	private final SigningRequests signing;

	private final LetterPages pages;

	private final UiFactory uiFactory;

	LettersController(Letters letters, SigningRequests signing, LetterPages pages, UiFactory uiFactory) {
		this.letters = letters;
		this.signing = signing;
		this.pages = pages;
		this.uiFactory = uiFactory;
	}

	/**
	 * A signing form is a record that its constructor fills from the request, so there is
	 * nothing left to bind to it afterwards; skipping that step keeps the busiest form
	 * cheap.
	 */
	@InitBinder("signForm")
	void bindSigningFormsThroughTheirConstructor(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping("/letters")
	ModelAndView list(@RequestParam(required = false) String page, Locale locale, Principal staff, WebRequest request,
			HttpServletResponse response) {
		int number = Page.number(page);
		if (PageCaching.notModified(request, response, staff, "letters:" + number, locale,
				this.pages.listLastModified())) {
			return null;
		}
		Page<LetterCard> letters = this.letters.publicLetters(number)
			.requireExists()
			.map((letter) -> this.pages.card(letter, locale));
		return new ModelAndView("letters/list", "letters", letters);
	}

	@GetMapping("/letters/{slug}")
	ModelAndView letter(@PathVariable String slug, Locale locale, Principal staff, WebRequest request,
			HttpServletRequest servletRequest, HttpServletResponse response) {
		Letter letter = this.letters.findPublic(slug).orElse(null);
		if (letter == null) {
			RedirectView moved = new RedirectView(
					this.letters.movedFrom(slug).orElseThrow(() -> new LetterNotFound(slug)).url());
			moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			moved.setExposeModelAttributes(false);
			return new ModelAndView(moved);
		}
		Instant lastModified = this.pages.lastModified(letter);
		if (PageCaching.notModified(request, response, staff,
				"letter:" + letter.id() + ":" + letter.version() + ":" + letter.listVersion(), locale, lastModified)) {
			return null;
		}
		Ui ui = this.uiFactory.create(servletRequest);
		if (staff == null && servletRequest.getQueryString() == null) {
			return new ModelAndView(this.pages.cachedPage(letter, locale, lastModified, ui));
		}
		LetterPageView view = this.pages.view(letter, locale, null);
		return new ModelAndView("letters/letter",
				Map.of("view", view, "signatoriesHtml", this.pages.signatoriesHtml(view, ui)));
	}

	@GetMapping("/letters/{slug}/sign")
	ModelAndView signingPage(@PathVariable String slug, Locale locale, HttpServletResponse response) {
		Letter letter = publicLetter(slug);
		PageCaching.privatePage(response);
		if (!letter.isOpenAt(this.letters.now())) {
			return closed(letter, locale);
		}
		return signPage(letter, locale, SignFormsView.blank(letter), HttpStatus.OK);
	}

	@PostMapping("/letters/{slug}/sign")
	ModelAndView sign(@PathVariable String slug, @ModelAttribute SignForm form, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Letter letter = publicLetter(slug);
		PageCaching.privatePage(response);
		SigningRequests.Outcome outcome = this.signing.send(letter, form, locale, request);
		if (outcome instanceof SigningRequests.Refused refused) {
			return signPage(letter, locale, SignFormsView.submitted(letter, form, refused.problems()),
					HttpStatus.BAD_REQUEST);
		}
		if (outcome instanceof SigningRequests.Closed closed) {
			return closed(closed.letter(), locale);
		}
		return new ModelAndView(
				"redirect:" + PublicForm.successRedirect("/letters/" + letter.slug() + "/check-email", request));
	}

	@GetMapping("/letters/{slug}/check-email")
	ModelAndView checkEmail(@PathVariable String slug, Locale locale, HttpServletResponse response) {
		Letter letter = publicLetter(slug);
		PageCaching.privatePage(response);
		return new ModelAndView("letters/check-email", "view", this.pages.card(letter, locale));
	}

	@GetMapping("/letters/{slug}/thanks")
	ModelAndView thanks(@PathVariable String slug, Locale locale, Model model, HttpServletResponse response) {
		Letter letter = publicLetter(slug);
		PageCaching.privatePage(response);
		boolean awaitingApproval = Boolean.TRUE.equals(model.getAttribute(SignatureLinksController.AWAITING_APPROVAL));
		return new ModelAndView("letters/thanks", "view",
				new ThanksView(this.pages.card(letter, locale), this.pages.absoluteUrl(letter), awaitingApproval));
	}

	private ModelAndView signPage(Letter letter, Locale locale, SignFormsView forms, HttpStatus status) {
		return new ModelAndView("letters/sign", Map.of("view", this.pages.view(letter, locale, forms)), status);
	}

	/** The page of a letter that takes no signatures now: 410, with when it closed. */
	private ModelAndView closed(Letter letter, Locale locale) {
		return new ModelAndView("letters/closed", Map.of("view", this.pages.view(letter, locale, null)),
				HttpStatus.GONE);
	}

	/** The public letter at the address, or at an address it had before. */
	private Letter publicLetter(String slug) {
		return this.letters.findPublic(slug)
			.or(() -> this.letters.movedFrom(slug))
			.orElseThrow(() -> new LetterNotFound(slug));
	}

}
