package org.adelante.tips.web;

import org.adelante.tips.Tips;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The editors' list of the latest tips.
 */
@Controller
class TipsAdminController {

	static final int SHOWN = 50;

	private final Tips tips;

	TipsAdminController(Tips tips) {
		this.tips = tips;
	}

	@GetMapping("/admin/tips")
	ModelAndView list() {
		return new ModelAndView("tips/admin", "tips", this.tips.latest(SHOWN));
	}

}
