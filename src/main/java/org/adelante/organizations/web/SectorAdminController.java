package org.adelante.organizations.web;

import java.util.Map;

import org.adelante.organizations.Sector;
import org.adelante.organizations.SectorUse;
import org.adelante.organizations.Sectors;
import org.adelante.shared.FieldProblems;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages to keep the list of sectors organisations are sorted into: add, rename and
 * delete them.
 */
@Controller
@RequestMapping("/admin/organizations/sectors")
class SectorAdminController {

	static final String NOTICE = "notice";

	static final String NOTICE_ARGUMENT = "noticeArgument";

	private final Sectors sectors;

	SectorAdminController(Sectors sectors) {
		this.sectors = sectors;
	}

	@GetMapping
	ModelAndView list(Model model) {
		return list(SectorForm.EMPTY, new FieldProblems(), (String) model.getAttribute(NOTICE),
				(String) model.getAttribute(NOTICE_ARGUMENT), HttpStatus.OK);
	}

	@PostMapping
	ModelAndView add(SectorForm form, RedirectAttributes redirect) {
		try {
			Sector sector = this.sectors.add(form.name());
			redirect.addFlashAttribute(NOTICE, "organizations.sectors.added");
			redirect.addFlashAttribute(NOTICE_ARGUMENT, sector.name());
			return new ModelAndView("redirect:/admin/organizations/sectors");
		}
		catch (FieldProblems.InvalidInput ex) {
			return list(form, ex.problems(), null, null, HttpStatus.BAD_REQUEST);
		}
	}

	@GetMapping("/{id:\\d{1,18}}")
	ModelAndView edit(@PathVariable long id, @RequestParam(required = false) String saved) {
		SectorUse sector = this.sectors.use(id);
		return edit(sector, new SectorForm(sector.sector().name()), new FieldProblems(), saved != null, HttpStatus.OK);
	}

	@PostMapping("/{id:\\d{1,18}}")
	ModelAndView rename(@PathVariable long id, SectorForm form) {
		SectorUse sector = this.sectors.use(id);
		try {
			this.sectors.rename(id, form.name());
			return new ModelAndView("redirect:/admin/organizations/sectors/" + id + "?saved");
		}
		catch (FieldProblems.InvalidInput ex) {
			return edit(sector, form, ex.problems(), false, HttpStatus.BAD_REQUEST);
		}
	}

	@PostMapping("/{id:\\d{1,18}}/delete")
	ModelAndView delete(@PathVariable long id, RedirectAttributes redirect) {
		Sector sector = this.sectors.get(id);
		this.sectors.delete(id);
		redirect.addFlashAttribute(NOTICE, "organizations.sectors.deleted");
		redirect.addFlashAttribute(NOTICE_ARGUMENT, sector.name());
		return new ModelAndView("redirect:/admin/organizations/sectors");
	}

	private ModelAndView list(SectorForm form, FieldProblems problems, String notice, String noticeArgument,
			HttpStatus status) {
		return new ModelAndView("organizations/sectors",
				Map.of("view", new SectorListView(this.sectors.all(), form, problems, notice, noticeArgument)), status);
	}

	private static ModelAndView edit(SectorUse sector, SectorForm form, FieldProblems problems, boolean saved,
			HttpStatus status) {
		return new ModelAndView("organizations/sector",
				Map.of("view", new SectorEditView(sector, form, problems, saved)), status);
	}

}
