package org.adelante.newsroom.web;

import java.util.Map;

import org.adelante.newsroom.ContactInUse;
import org.adelante.newsroom.MediaContact;
import org.adelante.newsroom.MediaContacts;
import org.adelante.shared.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors manage the reusable media contacts that releases name.
 */
@Controller
@RequestMapping("/admin/contacts")
class ContactAdminController {

	static final String NOTICE = "notice";

	static final String NOTICE_ARGUMENT = "noticeArgument";

	private final MediaContacts contacts;

	ContactAdminController(MediaContacts contacts) {
		this.contacts = contacts;
	}

	@GetMapping
	ModelAndView list(Model model) {
		return new ModelAndView("newsroom/admin/contacts", Map.of("view", new ContactListView(this.contacts.all(),
				(String) model.getAttribute(NOTICE), (String) model.getAttribute(NOTICE_ARGUMENT))));
	}

	@GetMapping("/new")
	ModelAndView newContact() {
		return form(new ContactEditView(null, ContactForm.empty(), new FieldProblems()), HttpStatus.OK);
	}

	@PostMapping
	ModelAndView create(@ModelAttribute ContactForm form, RedirectAttributes redirect) {
		try {
			MediaContact contact = this.contacts.create(form.toDetails());
			return saved(redirect, "contactAdmin.added", contact);
		}
		catch (FieldProblems.InvalidInput ex) {
			return form(new ContactEditView(null, form, ex.problems()), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/{id}")
	ModelAndView edit(@PathVariable long id) {
		MediaContact contact = find(id);
		return form(new ContactEditView(id, ContactForm.of(contact), new FieldProblems()), HttpStatus.OK);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @ModelAttribute ContactForm form, RedirectAttributes redirect) {
		try {
			MediaContact contact = this.contacts.update(id, form.toDetails());
			return saved(redirect, "contactAdmin.saved", contact);
		}
		catch (FieldProblems.InvalidInput ex) {
			return form(new ContactEditView(id, form, ex.problems()), HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/{id}/delete")
	ModelAndView confirmDelete(@PathVariable long id) {
		return deletePage(new ContactDeleteView(find(id), false), HttpStatus.OK);
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable long id, RedirectAttributes redirect) {
		MediaContact contact = find(id);
		try {
			this.contacts.delete(id);
		}
		catch (ContactInUse ex) {
			return deletePage(new ContactDeleteView(contact, true), HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute(NOTICE, "contactAdmin.deleted");
		redirect.addFlashAttribute(NOTICE_ARGUMENT, contact.name());
		return new ModelAndView("redirect:/admin/contacts");
	}

	private MediaContact find(long id) {
		return this.contacts.find(id).orElseThrow(() -> new MediaContacts.ContactNotFound(id));
	}

	private static ModelAndView saved(RedirectAttributes redirect, String notice, MediaContact contact) {
		redirect.addFlashAttribute(NOTICE, notice);
		redirect.addFlashAttribute(NOTICE_ARGUMENT, contact.name());
		return new ModelAndView("redirect:/admin/contacts");
	}

	private static ModelAndView form(ContactEditView view, HttpStatus status) {
		return new ModelAndView("newsroom/admin/contact-form", Map.of("view", view), status);
	}

	private static ModelAndView deletePage(ContactDeleteView view, HttpStatus status) {
		return new ModelAndView("newsroom/admin/contact-delete", Map.of("view", view), status);
	}

}
