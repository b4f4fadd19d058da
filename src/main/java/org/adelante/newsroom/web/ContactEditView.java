package org.adelante.newsroom.web;

import org.adelante.shared.FieldProblems;

/**
 * The media contact form page.
 *
 * @param id the contact being edited, or {@code null} for a new one
 * @param form what the form shows
 * @param problems what is wrong with it
 */
public record ContactEditView(Long id, ContactForm form, FieldProblems problems) {

	public boolean isNew() {
		return this.id == null;
	}

	public String action() {
		return isNew() ? "/admin/contacts" : "/admin/contacts/" + this.id;
	}

}
