package org.adelante.letters.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.adelante.letters.LinkOutcome;
import org.adelante.letters.LinkState;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.shared.web.PageCaching;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The links in a signer's email. Following one shows a page with a button, and only
 * pressing it (a POST) confirms or withdraws: mail scanners that fetch every link in an
 * email must not sign anyone up. A used link says so plainly, an expired one asks the
 * signer to sign again, and one never sent is a 404.
 */
@Controller
@RequestMapping("/signatures")
class SignatureLinksController {

	/**
	 * The flash attribute that tells the thank-you page the signature waits for approval.
	 */
	static final String AWAITING_APPROVAL = "awaitingApproval";

	private final Signatures signatures;

	private final LetterPages pages;

	SignatureLinksController(Signatures signatures, LetterPages pages) {
		this.signatures = signatures;
		this.pages = pages;
	}

	@GetMapping("/confirm/{token}")
	ModelAndView confirmPage(@PathVariable String token, Locale locale, HttpServletResponse response) {
		return page("confirm", this.signatures.check(token), token, locale, response);
	}

	@PostMapping("/confirm/{token}")
	ModelAndView confirm(@PathVariable String token, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		LinkOutcome outcome = this.signatures.confirm(token);
		if (outcome.state() != LinkState.DONE) {
			return page("confirm", outcome, token, locale, response);
		}
		redirect.addFlashAttribute(AWAITING_APPROVAL, outcome.status() == SignatureStatus.AWAITING_APPROVAL);
		return new ModelAndView("redirect:/letters/" + outcome.letter().slug() + "/thanks");
	}

	@GetMapping("/withdraw/{token}")
	ModelAndView withdrawPage(@PathVariable String token, Locale locale, HttpServletResponse response) {
		return page("withdraw", this.signatures.checkWithdrawal(token), token, locale, response);
	}

	@PostMapping("/withdraw/{token}")
	ModelAndView withdraw(@PathVariable String token, Locale locale, HttpServletResponse response) {
		return page("withdraw", this.signatures.withdraw(token), token, locale, response);
	}

	private ModelAndView page(String purpose, LinkOutcome outcome, String token, Locale locale,
			HttpServletResponse response) {
		PageCaching.privatePage(response);
		LetterCard letter = (outcome.letter() != null) ? this.pages.card(outcome.letter(), locale) : null;
		return new ModelAndView("letters/link", Map.of("view", LinkPageView.of(purpose, outcome, token, letter)),
				status(outcome.state()));
	}

	private static HttpStatus status(LinkState state) {
		return switch (state) {
			case READY, DONE, ALREADY -> HttpStatus.OK;
			case EXPIRED, CANCELLED, CLOSED -> HttpStatus.GONE;
			case UNKNOWN -> HttpStatus.NOT_FOUND;
		};
	}

}
