package org.adelante.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin start page: where each role's work begins.
 */
@Controller
class AdminHomeController {

	@GetMapping("/admin")
	String home() {
		return "accounts/admin-home";
	}

}
