package org.adelante.letters.web;

import java.util.List;
import java.util.Map;

import org.adelante.letters.Letter;
import org.adelante.letters.Letters;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Page;
import org.adelante.shared.web.FormFields;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A letter's signatures for organisers, by status with the count of each, and approving
 * or rejecting several at once. Every organisation that signed shows each person who
 * confirmed for it, with whether their email is at one of its domains.
 */
@Controller
@RequestMapping("/admin/letters/{id}/signatures")
class SignatureAdminController {

	static final int PAGE_SIZE = 100;

	static final String NOTICE = "notice";

	static final String NOTICE_COUNT = "noticeCount";

	private final Letters letters;

	private final Signatures signatures;

	SignatureAdminController(Letters letters, Signatures signatures) {
		this.letters = letters;
		this.signatures = signatures;
	}

	@GetMapping
	ModelAndView list(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String page, Model model) {
		Letter letter = this.letters.get(id);
		Map<SignatureStatus, Long> counts = this.signatures.counts(id);
		SignatureStatus shown = SignatureStatus.fromParam(status);
		if (shown == null) {
			shown = (counts.get(SignatureStatus.AWAITING_APPROVAL) > 0) ? SignatureStatus.AWAITING_APPROVAL
					: SignatureStatus.LISTED;
		}
		int number = Page.number(page);
		SignaturesView view = (shown == SignatureStatus.UNCONFIRMED)
				? new SignaturesView(letter, counts, shown, null,
						this.signatures.pending(id, number, PAGE_SIZE).requireExists(),
						(String) model.getAttribute(NOTICE), (Integer) model.getAttribute(NOTICE_COUNT))
				: new SignaturesView(letter, counts, shown,
						this.signatures.inStatus(id, shown, number, PAGE_SIZE).requireExists(), null,
						(String) model.getAttribute(NOTICE), (Integer) model.getAttribute(NOTICE_COUNT));
		return new ModelAndView("letters/admin/signatures", "view", view);
	}

	@PostMapping
	ModelAndView moderate(@PathVariable long id, @RequestParam(required = false) String action,
			@RequestParam(required = false) List<String> ids, @RequestParam(required = false) String status,
			RedirectAttributes redirect) {
		this.letters.get(id);
		List<Long> keys = FormFields.ids((ids != null) ? ids : List.of(), "ids", new FieldProblems());
		SignatureStatus back = SignatureStatus.fromParam(status);
		String query = (back != null) ? "?status=" + back.param() : "";
		if ("approve".equals(action)) {
			redirect.addFlashAttribute(NOTICE, "letterAdmin.signatures.approved");
			redirect.addFlashAttribute(NOTICE_COUNT, this.signatures.approve(id, keys));
		}
		else if ("reject".equals(action)) {
			redirect.addFlashAttribute(NOTICE, "letterAdmin.signatures.rejected");
			redirect.addFlashAttribute(NOTICE_COUNT, this.signatures.reject(id, keys));
		}
		return new ModelAndView("redirect:/admin/letters/" + id + "/signatures" + query);
	}

}
