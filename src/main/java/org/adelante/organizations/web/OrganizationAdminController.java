package org.adelante.organizations.web;

import java.util.List;
import java.util.Locale;

import org.adelante.organizations.InvalidOrganizationDetails;
import org.adelante.organizations.Organization;
import org.adelante.organizations.OrganizationDetails;
import org.adelante.organizations.Organizations;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Staff pages to list, search, add and edit organisations; adding one that looks like an
 * existing organisation asks for confirmation first.
 */
@Controller
@RequestMapping("/admin/organizations")
class OrganizationAdminController {

	static final int PAGE_SIZE = 50;

	/** Longest search text looked at. */
	static final int QUERY_MAX = 200;

	private final Organizations organizations;

	OrganizationAdminController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping
	ModelAndView list(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", defaultValue = "1") String page) {
		String text = query.strip();
		if (text.length() > QUERY_MAX) {
			text = text.substring(0, QUERY_MAX);
		}
		return new ModelAndView("organizations/list", "view",
				new OrganizationListView(text, this.organizations.page(text, pageNumber(page), PAGE_SIZE)));
	}

	@GetMapping("/new")
	ModelAndView add(Locale locale) {
		return form(null, OrganizationForm.EMPTY, FormErrors.NONE, List.of(), false, locale, HttpStatus.OK);
	}

	@PostMapping
	ModelAndView create(OrganizationForm form, Locale locale) {
		OrganizationDetails details = form.details();
		FormErrors errors = new FormErrors(details.problems());
		if (errors.any()) {
			return form(null, form, errors, List.of(), false, locale, HttpStatus.BAD_REQUEST);
		}
		if (!form.confirmed()) {
			List<Organization> similar = this.organizations.similarTo(details.name(), details.acronym(),
					details.website());
			if (!similar.isEmpty()) {
				return form(null, form, FormErrors.NONE, similar, false, locale, HttpStatus.OK);
			}
		}
		try {
			Organization created = this.organizations.create(details);
			return new ModelAndView("redirect:/admin/organizations/" + created.id() + "?saved");
		}
		catch (InvalidOrganizationDetails ex) {
			return form(null, form, new FormErrors(ex.problems()), List.of(), false, locale, HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/{id:\\d{1,18}}")
	ModelAndView edit(@PathVariable long id, @RequestParam(required = false) String saved, Locale locale) {
		Organization organization = this.organizations.get(id);
		return form(organization, OrganizationForm.of(organization), FormErrors.NONE, List.of(), saved != null, locale,
				HttpStatus.OK);
	}

	@PostMapping("/{id:\\d{1,18}}")
	ModelAndView update(@PathVariable long id, OrganizationForm form, Locale locale) {
		Organization organization = this.organizations.get(id);
		try {
			this.organizations.update(id, form.details());
			return new ModelAndView("redirect:/admin/organizations/" + id + "?saved");
		}
		catch (InvalidOrganizationDetails ex) {
			return form(organization, form, new FormErrors(ex.problems()), List.of(), false, locale,
					HttpStatus.BAD_REQUEST);
		}
	}

	private static ModelAndView form(Organization editing, OrganizationForm form, FormErrors errors,
			List<Organization> similar, boolean saved, Locale locale, HttpStatus status) {
		ModelAndView page = new ModelAndView("organizations/form", "view",
				new OrganizationFormView(editing, form, errors, similar, saved, CountryOption.all(locale)));
		page.setStatus(status);
		return page;
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(1, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
