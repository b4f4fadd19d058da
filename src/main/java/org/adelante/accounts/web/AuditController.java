package org.adelante.accounts.web;

import java.util.List;

import org.adelante.accounts.AuditLog;

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

	private static final int MAX_PAGE = 10_000;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	ModelAndView list(@RequestParam(defaultValue = "1") String page) {
		int number = pageNumber(page);
		List<AuditLog.Entry> entries = this.audit.recent(PAGE_SIZE + 1, (number - 1) * PAGE_SIZE);
		boolean hasOlder = entries.size() > PAGE_SIZE;
		return new ModelAndView("accounts/audit", "view",
				new AuditView(hasOlder ? entries.subList(0, PAGE_SIZE) : entries, number, number > 1, hasOlder));
	}

	private static int pageNumber(String page) {
		try {
			return Math.min(Math.max(Integer.parseInt(page.strip()), 1), MAX_PAGE);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
