package org.adelante.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.adelante.accounts.PasswordResets;
import org.adelante.accounts.ResetLinkState;
import org.adelante.shared.Emails;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.web.protection.PublicForm;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Forgot your password?": asking for a link, which always leads to the same page, and
 * setting a new password through the link.
 */
@Controller
@RequestMapping("/password-reset")
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping
	ModelAndView requestForm() {
		return view("accounts/password-reset-request", new ResetRequestView("", new FieldProblems()), HttpStatus.OK);
	}

	@PostMapping
	ModelAndView request(@RequestParam(required = false) String email, Locale locale, HttpServletRequest request) {
		String address = Emails.normalise(email);
		FieldProblems problems = new FieldProblems().required("email", address).email("email", address);
		if (!problems.isEmpty()) {
			return view("accounts/password-reset-request", new ResetRequestView(email, problems),
					HttpStatus.BAD_REQUEST);
		}
		this.resets.request(address, locale);
		return new ModelAndView("redirect:" + PublicForm.successRedirect("/password-reset/sent", request));
	}

	@GetMapping("/sent")
	String sent() {
		return "accounts/password-reset-sent";
	}

	@GetMapping("/{token}")
	ModelAndView newPasswordForm(@PathVariable String token) {
		ResetLinkState state = this.resets.check(token);
		if (state != ResetLinkState.VALID) {
			return problem(state);
		}
		return view("accounts/password-reset-form", new NewPasswordView(token, new FieldProblems()), HttpStatus.OK);
	}

	@PostMapping("/{token}")
	ModelAndView setPassword(@PathVariable String token, NewPasswordForm form) {
		ResetLinkState state = this.resets.check(token);
		if (state != ResetLinkState.VALID) {
			return problem(state);
		}
		FieldProblems problems = new FieldProblems();
		Passwords.check(form.newPassword(), form.confirmPassword(), "newPassword", "confirmPassword", problems);
		if (!problems.isEmpty()) {
			return view("accounts/password-reset-form", new NewPasswordView(token, problems), HttpStatus.BAD_REQUEST);
		}
		state = this.resets.complete(token, form.newPassword());
		if (state != ResetLinkState.VALID) {
			return problem(state);
		}
		return new ModelAndView("redirect:/login?reset");
	}

	private static ModelAndView problem(ResetLinkState state) {
		HttpStatus status = (state == ResetLinkState.UNKNOWN) ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
		return view("accounts/password-reset-invalid", new ResetLinkProblemView(state), status);
	}

	private static ModelAndView view(String name, Object view, HttpStatus status) {
		ModelAndView page = new ModelAndView(name, "view", view);
		page.setStatus(status);
		return page;
	}

}
