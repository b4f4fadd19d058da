package org.adelante.accounts.web;

import java.util.List;

import org.adelante.accounts.AuditLog;
import org.adelante.shared.Page;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The audit log for admins: who changed what, newest first.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	ModelAndView list(@RequestParam(required = false) String page) {
		return new ModelAndView("accounts/audit", "view",
				new AuditView(this.audit.page(Page.number(page), PAGE_SIZE).requireExists()));
	}

}
