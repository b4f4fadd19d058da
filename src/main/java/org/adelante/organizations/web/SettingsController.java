package org.adelante.organizations.web;

import java.io.IOException;

import org.adelante.organizations.Organizations;
import org.adelante.organizations.OwnOrganization;
import org.adelante.shared.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The settings page for our own organisation: name, website, logo, boilerplate and time
 * zone.
 */
@Controller
@RequestMapping("/admin/settings")
class SettingsController {

	private final Organizations organizations;

	SettingsController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping
	ModelAndView show(@RequestParam(required = false) String saved) {
		OwnOrganization own = this.organizations.ownOrganization();
		return page(SettingsForm.of(own), own, new FieldProblems(), saved != null, HttpStatus.OK);
	}

	/** The address the dashboard links to. */
	@GetMapping("/organization")
	String organization() {
		return "redirect:/admin/settings";
	}

	@PostMapping
	ModelAndView save(SettingsForm form, @RequestParam(name = "logo", required = false) MultipartFile logo)
			throws IOException {
		byte[] bytes = (logo != null && !logo.isEmpty()) ? logo.getBytes() : null;
		try {
			this.organizations.updateOwn(form.details(bytes));
			return new ModelAndView("redirect:/admin/settings?saved");
		}
		catch (FieldProblems.InvalidInput ex) {
			return page(form, this.organizations.ownOrganization(), ex.problems(), false, HttpStatus.BAD_REQUEST);
		}
	}

	private static ModelAndView page(SettingsForm form, OwnOrganization current, FieldProblems problems, boolean saved,
			HttpStatus status) {
		ModelAndView page = new ModelAndView("organizations/settings", "view",
				new SettingsView(form, current, problems, saved));
		page.setStatus(status);
		return page;
	}

}
