package org.adelante.letters.web;

import java.util.List;
import java.util.Map;

import org.adelante.letters.Letter;
import org.adelante.letters.Letters;
import org.adelante.letters.Signature;
import org.adelante.letters.SignatureFilter;
import org.adelante.letters.SignatureNotFound;
import org.adelante.letters.SignatureStatus;
import org.adelante.letters.Signatures;
import org.adelante.letters.SignerKind;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Page;
import org.adelante.shared.web.FormFields;

import org.springframework.http.HttpStatus;
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
 * A letter's signatures for organisers: by status with the count of each, searched and
 * filtered, approved, rejected or marked fraudulent several at once; and one signature's
 * page, where staff correct the name it is listed under, record a withdrawal the
 * organisation asked for, or merge it with another organisation's signature. Every
 * organisation that signed shows each person who confirmed for it, with whether their
 * email is at one of its domains.
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
			@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String domain, @RequestParam(required = false) String page, Model model) {
		Letter letter = this.letters.get(id);
		Map<SignatureStatus, Long> counts = this.signatures.counts(id);
		SignatureStatus shown = SignatureStatus.fromParam(status);
		if (shown == null) {
			shown = (counts.get(SignatureStatus.AWAITING_APPROVAL) > 0) ? SignatureStatus.AWAITING_APPROVAL
					: SignatureStatus.LISTED;
		}
		SignatureFilter filter = new SignatureFilter(q, kind(kind), "differs".equals(domain));
		int number = Page.number(page);
		String notice = (String) model.getAttribute(NOTICE);
		Integer noticeCount = (Integer) model.getAttribute(NOTICE_COUNT);
		SignaturesView view = (shown == SignatureStatus.UNCONFIRMED)
				? new SignaturesView(letter, counts, shown, filter, null,
						this.signatures.pending(id, filter, number, PAGE_SIZE).requireExists(), notice, noticeCount)
				: new SignaturesView(letter, counts, shown, filter,
						this.signatures.inStatus(id, shown, filter, number, PAGE_SIZE).requireExists(), null, notice,
						noticeCount);
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
		else if ("fraud".equals(action)) {
			redirect.addFlashAttribute(NOTICE, "letterAdmin.signatures.markedFraudulent");
			redirect.addFlashAttribute(NOTICE_COUNT, this.signatures.markFraudulent(id, keys));
		}
		return new ModelAndView("redirect:/admin/letters/" + id + "/signatures" + query);
	}

	@GetMapping("/{signatureId}")
	ModelAndView signature(@PathVariable long id, @PathVariable long signatureId, Model model) {
		return page(this.letters.get(id), signature(id, signatureId), null, new FieldProblems(),
				(String) model.getAttribute(NOTICE), HttpStatus.OK);
	}

	@PostMapping("/{signatureId}/name")
	ModelAndView rename(@PathVariable long id, @PathVariable long signatureId,
			@RequestParam(required = false) String name, RedirectAttributes redirect) {
		Letter letter = this.letters.get(id);
		Signature signature = signature(id, signatureId);
		try {
			this.signatures.rename(id, signatureId, name);
		}
		catch (FieldProblems.InvalidInput ex) {
			return page(letter, signature, name, ex.problems(), null, HttpStatus.BAD_REQUEST);
		}
		return back(id, signatureId, "letterAdmin.signature.renamed", redirect);
	}

	@PostMapping("/{signatureId}/withdrawal")
	ModelAndView recordWithdrawal(@PathVariable long id, @PathVariable long signatureId, RedirectAttributes redirect) {
		this.letters.get(id);
		boolean withdrawn = this.signatures.recordWithdrawal(id, signatureId);
		return back(id, signatureId,
				withdrawn ? "letterAdmin.signature.withdrawn" : "letterAdmin.signature.notWithdrawable", redirect);
	}

	@PostMapping("/{signatureId}/fraud")
	ModelAndView markFraudulent(@PathVariable long id, @PathVariable long signatureId, RedirectAttributes redirect) {
		this.letters.get(id);
		signature(id, signatureId);
		int marked = this.signatures.markFraudulent(id, List.of(signatureId));
		return back(id, signatureId,
				(marked == 1) ? "letterAdmin.signature.fraudulent" : "letterAdmin.signature.notFraudMarkable",
				redirect);
	}

	@PostMapping("/{signatureId}/merge")
	ModelAndView merge(@PathVariable long id, @PathVariable long signatureId,
			@RequestParam(required = false) String other, RedirectAttributes redirect) {
		Letter letter = this.letters.get(id);
		Signature signature = signature(id, signatureId);
		FieldProblems problems = new FieldProblems();
		Long merged = FormFields.id(other, "other", problems);
		if (merged == null) {
			problems.add("other", "letterAdmin.signature.merge.choose");
		}
		try {
			problems.throwIfAny();
			this.signatures.merge(id, signatureId, merged);
		}
		catch (FieldProblems.InvalidInput ex) {
			return page(letter, signature, null, ex.problems(), null, HttpStatus.BAD_REQUEST);
		}
		catch (SignatureNotFound ex) {
			return page(letter, signature, null, new FieldProblems().add("other", "letterAdmin.signature.merge.gone"),
					null, HttpStatus.BAD_REQUEST);
		}
		return back(id, signatureId, "letterAdmin.signature.merged", redirect);
	}

	private Signature signature(long letterId, long signatureId) {
		return this.signatures.find(letterId, signatureId).orElseThrow(() -> new SignatureNotFound(signatureId));
	}

	private ModelAndView page(Letter letter, Signature signature, String name, FieldProblems problems, String notice,
			HttpStatus status) {
		SignatureView view = new SignatureView(letter, signature, (name != null) ? name : signature.name(),
				this.signatures.organizationSignatures(letter.id())
					.stream()
					.filter((other) -> other.signatureId() != signature.id())
					.toList(),
				problems, notice);
		return new ModelAndView("letters/admin/signature", Map.of("view", view), status);
	}

	private static ModelAndView back(long id, long signatureId, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute(NOTICE, notice);
		return new ModelAndView("redirect:/admin/letters/" + id + "/signatures/" + signatureId);
	}

	private static SignerKind kind(String value) {
		if ("organization".equals(value)) {
			return SignerKind.ORGANIZATION;
		}
		return "individual".equals(value) ? SignerKind.INDIVIDUAL : null;
	}

}
