package org.adelante.shared.web.protection;

import jakarta.servlet.http.HttpServletRequest;

import org.adelante.shared.NotFound;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers a dropped submission of a guarded form. The protection filter forwards it here,
 * so the answer goes through the same web layer as a successful submission's (language,
 * headers, redirect) and cannot be told apart from one. Asked for directly, it does not
 * exist.
 */
@Controller
class DroppedSubmissionController {

	static final String PATH = "/form-guard/dropped";

	/** The request attribute with the path to redirect to. */
	static final String REDIRECT = DroppedSubmissionController.class.getName() + ".redirect";

	@RequestMapping(PATH)
	String dropped(HttpServletRequest request) {
		if (!(request.getAttribute(REDIRECT) instanceof String path)) {
			throw new NoDroppedSubmission();
		}
		return "redirect:" + path;
	}

	static final class NoDroppedSubmission extends NotFound {

		NoDroppedSubmission() {
			super("Dropped submission");
		}

	}

}
