package org.adelante.letters.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.adelante.letters.Deliveries;
import org.adelante.letters.Delivery;
import org.adelante.letters.DeliveryNotFound;
import org.adelante.letters.DeliveryOrder;
import org.adelante.letters.Letter;
import org.adelante.letters.Letters;
import org.adelante.letters.Target;
import org.adelante.mail.Outbox;
import org.adelante.organizations.Organizations;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.web.Languages;
import org.adelante.shared.web.PageCaching;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Organisers deliver a letter to its targets here: they choose the targets to email and
 * each one's language, write and preview the cover message in each language, deliver, and
 * follow the emails until they are sent.
 */
@Controller
@RequestMapping("/admin/letters/{id}/deliveries")
class DeliveryAdminController {

	private final Letters letters;

	private final Deliveries deliveries;

	private final Outbox outbox;

	private final Organizations organizations;

	private final MessageSource messages;

	DeliveryAdminController(Letters letters, Deliveries deliveries, Outbox outbox, Organizations organizations,
			MessageSource messages) {
		this.letters = letters;
		this.deliveries = deliveries;
		this.outbox = outbox;
		this.organizations = organizations;
		this.messages = messages;
	}

	@GetMapping
	ModelAndView compose(@PathVariable long id) {
		Letter letter = this.letters.get(id);
		List<Target> targets = letter.content().targets();
		List<String> chosen = new java.util.ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			if (targets.get(i).hasEmail()) {
				chosen.add(String.valueOf(i));
			}
		}
		String first = letter.content().languages().get(0);
		DeliveryForm form = new DeliveryForm(chosen, targets.stream().map((target) -> first).toList(),
				defaultSubject(letter, "en"), defaultBody(letter, "en"), defaultSubject(letter, "es"),
				defaultBody(letter, "es"));
		return page(letter, form, new FieldProblems(), Map.of(), HttpStatus.OK);
	}

	@PostMapping
	ModelAndView deliver(@PathVariable long id, @ModelAttribute DeliveryForm form,
			@RequestParam(defaultValue = "preview") String action) {
		Letter letter = this.letters.get(id);
		DeliveryOrder order = form.toOrder(letter);
		FieldProblems problems = order.problems();
		if (!problems.isEmpty()) {
			return page(letter, form, problems, Map.of(), HttpStatus.BAD_REQUEST);
		}
		if (!"deliver".equals(action)) {
			return page(letter, form, problems, previews(letter, order), HttpStatus.OK);
		}
		Delivery delivery;
		try {
			delivery = this.deliveries.deliver(id, order);
		}
		catch (FieldProblems.InvalidInput ex) {
			return page(letter, form, ex.problems(), Map.of(), HttpStatus.BAD_REQUEST);
		}
		return new ModelAndView("redirect:/admin/letters/" + id + "/deliveries/" + delivery.id());
	}

	@GetMapping("/{deliveryId}")
	ModelAndView progress(@PathVariable long id, @PathVariable long deliveryId, HttpServletResponse response) {
		Letter letter = this.letters.get(id);
		Delivery delivery = this.deliveries.find(id, deliveryId).orElseThrow(() -> new DeliveryNotFound(deliveryId));
		PageCaching.privatePage(response);
		return new ModelAndView("letters/admin/delivery-progress", Map.of("view", new DeliveryProgressView(letter,
				delivery, this.deliveries.recipients(delivery), this.outbox.deliveryConfigured())));
	}

	private ModelAndView page(Letter letter, DeliveryForm form, FieldProblems problems,
			Map<String, DeliveryComposeView.Preview> previews, HttpStatus status) {
		DeliveryComposeView view = new DeliveryComposeView(letter, form, problems, previews,
				this.deliveries.of(letter.id()), letter.listedTotal());
		return new ModelAndView("letters/admin/delivery", Map.of("view", view), status);
	}

	/** The cover message in each language used, as its first recipient will read it. */
	private Map<String, DeliveryComposeView.Preview> previews(Letter letter, DeliveryOrder order) {
		Map<String, DeliveryComposeView.Preview> previews = new LinkedHashMap<>();
		int round = this.deliveries.nextRound(letter.id());
		for (DeliveryOrder.Recipient recipient : order.recipients()) {
			previews.computeIfAbsent(recipient.language(), (language) -> {
				DeliveryOrder.CoverMessage cover = order.covers().get(language);
				String textLanguage = letter.content().languageFor(language);
				return new DeliveryComposeView.Preview(recipient.name(), cover.subject(),
						Deliveries.paragraphs(cover.bodyFor(recipient.name())),
						Deliveries.filename(letter, round, textLanguage));
			});
		}
		return previews;
	}

	private String defaultSubject(Letter letter, String language) {
		Locale locale = Languages.forCode(language);
		String title = letter.content().title(letter.content().languageFor(language));
		return this.messages.getMessage("letterAdmin.delivery.defaultSubject",
				new Object[] { title, letter.listedTotal() }, locale);
	}

	private String defaultBody(Letter letter, String language) {
		Locale locale = Languages.forCode(language);
		String title = letter.content().title(letter.content().languageFor(language));
		return this.messages.getMessage("letterAdmin.delivery.defaultBody", new Object[] { title,
				letter.listedOrganizations(), letter.listedIndividuals(), this.organizations.ownOrganization().name() },
				locale);
	}

}
