package org.adelante.mail.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.adelante.mail.Outbox;
import org.adelante.mail.OutboxEntry;
import org.adelante.mail.OutboxMessage;
import org.adelante.shared.Page;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admin outbox: every email the site sent or is about to send, its two parts, and a
 * way to send a failed one again.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxAdminController {

	static final int PAGE_SIZE = 25;

	private final Outbox outbox;

	OutboxAdminController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping
	ModelAndView list(@RequestParam(required = false) String page, @RequestParam(required = false) String testQueued) {
		Page<OutboxEntry> entries = this.outbox.page(Page.number(page), PAGE_SIZE).requireExists();
		OutboxListView view = new OutboxListView(entries, this.outbox.deliveryConfigured(),
				(testQueued != null) ? "outbox.testQueued" : null);
		return new ModelAndView("mail/admin/outbox", "view", view);
	}

	@GetMapping("/{id}")
	ModelAndView message(@PathVariable String id, @RequestParam(required = false) String retried) {
		OutboxMessage message = this.outbox.find(parseId(id)).orElseThrow(OutboxMessageNotFound::new);
		return new ModelAndView("mail/admin/outbox-message", "view", new OutboxMessageView(message, this.outbox.from(),
				this.outbox.deliveryConfigured(), (retried != null) ? "outbox.retried" : null));
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable String id) {
		long key = parseId(id);
		if (!this.outbox.retryNow(key) && this.outbox.find(key).isEmpty()) {
			throw new OutboxMessageNotFound();
		}
		return "redirect:/admin/outbox/" + key + "?retried";
	}

	@PostMapping("/test")
	String sendTest(Principal principal, Locale locale) {
		this.outbox.queueTestMessage(principal.getName(), locale);
		return "redirect:/admin/outbox?testQueued";
	}

	private static long parseId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new OutboxMessageNotFound();
		}
	}

}
