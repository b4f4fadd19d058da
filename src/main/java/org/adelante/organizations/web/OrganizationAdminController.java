package org.adelante.organizations.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.adelante.organizations.Organization;
import org.adelante.organizations.OrganizationDetails;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.Sector;
import org.adelante.organizations.SectorUse;
import org.adelante.organizations.Sectors;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Page;
import org.adelante.shared.Text;
import org.adelante.shared.web.Countries;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
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

	private final Sectors sectors;

	OrganizationAdminController(Organizations organizations, Sectors sectors) {
		this.organizations = organizations;
		this.sectors = sectors;
	}

	@GetMapping
	ModelAndView list(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", required = false) String page) {
		String text = Text.truncate(Objects.requireNonNullElse(Text.line(query), ""), QUERY_MAX);
		Page<Organization> found = this.organizations.page(text, Page.number(page), PAGE_SIZE).requireExists();
		return new ModelAndView("organizations/list", "view", new OrganizationListView(text, found));
	}

	@GetMapping("/new")
	ModelAndView add(Locale locale) {
		return form(null, OrganizationForm.EMPTY, new FieldProblems(), List.of(), Notice.NONE, locale, HttpStatus.OK);
	}

	@PostMapping
	ModelAndView create(OrganizationForm form, Locale locale) {
		FieldProblems problems = new FieldProblems();
		OrganizationDetails details = form.details(problems, null);
		problems.addAll(details.problems());
		if (!problems.isEmpty()) {
			return form(null, form, problems, List.of(), Notice.NONE, locale, HttpStatus.BAD_REQUEST);
		}
		if (!form.confirmed()) {
			List<Organization> similar = this.organizations.similarTo(details);
			if (!similar.isEmpty()) {
				return form(null, form, new FieldProblems(), similar, Notice.NONE, locale, HttpStatus.OK);
			}
		}
		try {
			Organization created = this.organizations.create(details);
			return new ModelAndView("redirect:/admin/organizations/" + created.id() + "?saved");
		}
		catch (FieldProblems.InvalidInput ex) {
			return form(null, form, ex.problems(), List.of(), Notice.NONE, locale, HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/{id:\\d{1,18}}")
	ModelAndView edit(@PathVariable long id, @RequestParam(required = false) String saved, Model model, Locale locale) {
		Organization organization = this.organizations.get(id);
		Notice notice = new Notice(saved != null, (String) model.getAttribute(MergeAdminController.MERGED_NAME));
		return form(organization, OrganizationForm.of(organization), new FieldProblems(), List.of(), notice, locale,
				HttpStatus.OK);
	}

	@PostMapping("/{id:\\d{1,18}}")
	ModelAndView update(@PathVariable long id, OrganizationForm form,
			@RequestParam(name = "logo", required = false) MultipartFile logo, Locale locale) throws IOException {
		Organization organization = this.organizations.get(id);
		FieldProblems problems = new FieldProblems();
		OrganizationDetails details = form.details(problems,
				(logo != null && !logo.isEmpty()) ? logo.getBytes() : null);
		if (!problems.isEmpty()) {
			problems.addAll(details.problems());
		}
		else {
			try {
				this.organizations.update(id, details);
				return new ModelAndView("redirect:/admin/organizations/" + id + "?saved");
			}
			catch (FieldProblems.InvalidInput ex) {
				problems.addAll(ex.problems());
			}
		}
		return form(organization, form, problems, List.of(), Notice.NONE, locale, HttpStatus.BAD_REQUEST);
	}

	private ModelAndView form(Organization editing, OrganizationForm form, FieldProblems problems,
			List<Organization> similar, Notice notice, Locale locale, HttpStatus status) {
		List<Sector> sectors = this.sectors.all().stream().map(SectorUse::sector).toList();
		ModelAndView page = new ModelAndView("organizations/form", "view", new OrganizationFormView(editing, form,
				problems, similar, notice.saved(), notice.mergedName(), Countries.options(locale), sectors));
		page.setStatus(status);
		return page;
	}

	/**
	 * What the page says was just done.
	 *
	 * @param saved whether the organisation was saved
	 * @param mergedName the name of the organisation just merged into it, or {@code null}
	 */
	private record Notice(boolean saved, String mergedName) {

		static final Notice NONE = new Notice(false, null);

	}

}
