package org.adelante.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The staff sign-in page; Spring Security handles the form's POST.
 */
@Controller
class SignInController {

	@GetMapping("/login")
	ModelAndView signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
			@RequestParam(required = false) String reset) {
		String notice = (signedOut != null) ? "login.signedOut" : (reset != null) ? "login.passwordReset" : null;
		return new ModelAndView("accounts/login", "view", new SignInView(error != null, notice));
	}

}
