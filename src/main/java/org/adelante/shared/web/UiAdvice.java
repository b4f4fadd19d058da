package org.adelante.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the {@link Ui} into every page's model as {@code ui}.
 */
@ControllerAdvice
class UiAdvice {

	private final UiFactory uiFactory;

	UiAdvice(UiFactory uiFactory) {
		this.uiFactory = uiFactory;
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request) {
		return this.uiFactory.create(request);
	}

}
