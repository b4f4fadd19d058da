package org.adelante.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The admin dashboard: what needs attention, one panel per module, each shown to the
 * staff whose roles it concerns.
 */
@Controller
class AdminHomeController {

	private final AdminNavigation navigation;

	private final TemplateEngine templates;

	private final UiFactory uiFactory;

	AdminHomeController(AdminNavigation navigation, TemplateEngine templates, UiFactory uiFactory) {
		this.navigation = navigation;
		this.templates = templates;
		this.uiFactory = uiFactory;
	}

	@GetMapping("/admin")
	ModelAndView home(HttpServletRequest request) {
		Ui ui = this.uiFactory.create(request);
		List<Content> panels = this.navigation.panelsFor(ui::hasRole)
			.stream()
			.map((panel) -> render(panel.view(ui), ui))
			.toList();
		return new ModelAndView("shared/admin-home", "panels", panels);
	}

	private Content render(AdminPanel.View view, Ui ui) {
		Map<String, Object> params = new HashMap<>(view.params());
		params.put("ui", ui);
		return (output) -> this.templates.render(view.template(), params, output);
	}

}
