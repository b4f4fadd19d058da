package org.adelante.test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * An admin page that no module claims with its staff routes, only in tests: it must be
 * refused to everyone, admins included, rather than open to any signed-in member.
 */
@Controller
public class UnclaimedAdminPage {

	public static final String PATH = "/admin/unclaimed";

	@GetMapping(PATH)
	@ResponseBody
	String show() {
		return "This page should never be served.";
	}

}
