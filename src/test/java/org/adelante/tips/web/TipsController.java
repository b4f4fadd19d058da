package org.adelante.tips.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.web.protection.PublicForm;
import org.adelante.tips.Tips;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public tip form and its thank-you page.
 */
@Controller
class TipsController {

	private final Tips tips;

	TipsController(Tips tips) {
		this.tips = tips;
	}

	@GetMapping("/tips")
	ModelAndView form() {
		return page(TipForm.EMPTY, new FieldProblems(), HttpStatus.OK);
	}

	@PostMapping("/tips")
	ModelAndView submit(TipForm form, Locale locale, HttpServletRequest request) {
		try {
			this.tips.submit(form.details(), locale);
			return new ModelAndView("redirect:" + PublicForm.successRedirect("/tips/thanks", request));
		}
		catch (FieldProblems.InvalidInput ex) {
			return page(form, ex.problems(), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/tips/thanks")
	String thanks() {
		return "tips/thanks";
	}

	private ModelAndView page(TipForm form, FieldProblems problems, HttpStatus status) {
		TipFormView view = new TipFormView(form, problems, this.tips.latestRelease().orElse(null),
				this.tips.maxLength());
		return new ModelAndView("tips/form", Map.of("view", view), status);
	}

}
