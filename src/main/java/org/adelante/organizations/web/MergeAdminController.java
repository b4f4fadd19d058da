package org.adelante.organizations.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.adelante.organizations.Organization;
import org.adelante.organizations.Organizations;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages to merge two registry entries for one organisation: from an organisation's
 * page, pick the other one (by search, or among those that look like duplicates), see
 * both side by side, choose which to keep, and merge.
 */
@Controller
@RequestMapping("/admin/organizations/{id:\\d{1,18}}/merge")
class MergeAdminController {

	/** The flash attribute naming the organisation just merged away. */
	static final String MERGED_NAME = "mergedName";

	/** How many search results the page offers. */
	static final int FOUND_MAX = 20;

	private final Organizations organizations;

	MergeAdminController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping
	ModelAndView show(@PathVariable long id, @RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "other", required = false) String other) {
		Organization organization = this.organizations.get(id);
		if (other == null) {
			return pick(organization, query, new FieldProblems(), HttpStatus.OK);
		}
		FieldProblems problems = new FieldProblems();
		Optional<Organization> chosen = other(organization, new MergeForm(other, null).otherId(problems), problems);
		return chosen.map((found) -> confirm(organization, found, String.valueOf(id), problems, HttpStatus.OK))
			.orElseGet(() -> pick(organization, query, problems, HttpStatus.BAD_REQUEST));
	}

	@PostMapping
	ModelAndView merge(@PathVariable long id, MergeForm form, RedirectAttributes redirect) {
		Organization organization = this.organizations.get(id);
		FieldProblems problems = new FieldProblems();
		Optional<Organization> other = other(organization, form.otherId(problems), problems);
		if (other.isEmpty()) {
			return pick(organization, "", problems, HttpStatus.BAD_REQUEST);
		}
		Long keep = form.keepId(id, other.get().id(), problems);
		if (keep == null) {
			return confirm(organization, other.get(), String.valueOf(id), problems, HttpStatus.BAD_REQUEST);
		}
		long loser = (keep == id) ? other.get().id() : id;
		try {
			Organization survivor = this.organizations.merge(keep, loser);
			redirect.addFlashAttribute(MERGED_NAME, (keep == id) ? other.get().name() : organization.name());
			return new ModelAndView("redirect:/admin/organizations/" + survivor.id());
		}
		catch (FieldProblems.InvalidInput ex) {
			return pick(organization, "", ex.problems(), HttpStatus.BAD_REQUEST);
		}
	}

	/**
	 * The other organisation, if the form names one that exists and is not this one;
	 * otherwise a problem says why not.
	 */
	private Optional<Organization> other(Organization organization, Long otherId, FieldProblems problems) {
		if (otherId == null) {
			return Optional.empty();
		}
		if (otherId == organization.id()) {
			problems.add("other", "organizations.merge.error.same");
			return Optional.empty();
		}
		Optional<Organization> other = this.organizations.find(otherId);
		if (other.isEmpty()) {
			problems.add("other", "organizations.merge.error.missing");
		}
		return other;
	}

	private ModelAndView pick(Organization organization, String query, FieldProblems problems, HttpStatus status) {
		String text = Text.truncate(Objects.requireNonNullElse(Text.line(query), ""),
				OrganizationAdminController.QUERY_MAX);
		List<Organization> found = text.isEmpty() ? List.of()
				: this.organizations.search(text, FOUND_MAX + 1)
					.stream()
					.filter((other) -> other.id() != organization.id())
					.limit(FOUND_MAX)
					.toList();
		return new ModelAndView("organizations/merge-pick", Map.of("view",
				new MergePickView(organization, text, found, this.organizations.similarTo(organization), problems)),
				status);
	}

	private static ModelAndView confirm(Organization organization, Organization other, String keep,
			FieldProblems problems, HttpStatus status) {
		return new ModelAndView("organizations/merge-confirm",
				Map.of("view", new MergeConfirmView(organization, other, keep, problems)), status);
	}

}
