package org.adelante.newsroom.web;

import org.adelante.newsroom.MediaContact;
import org.adelante.shared.web.FormFields;

/**
 * What the media contact form sends, exactly as typed.
 *
 * @param name full name
 * @param title job title
 * @param email email address
 * @param phone phone number
 */
public record ContactForm(String name, String title, String email, String phone) {

	public ContactForm {
		name = FormFields.text(name);
		title = FormFields.text(title);
		email = FormFields.text(email);
		phone = FormFields.text(phone);
	}

	public static ContactForm empty() {
		return new ContactForm("", "", "", "");
	}

	public static ContactForm of(MediaContact contact) {
		return new ContactForm(contact.name(), contact.title(), contact.email(), contact.phone());
	}

	public MediaContact.Details toDetails() {
		return new MediaContact.Details(this.name, this.title, this.email, this.phone);
	}

}
