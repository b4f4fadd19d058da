package org.adelante.newsroom;

import org.adelante.shared.FieldProblems;

/**
 * A person journalists can call about a release; reused across posts.
 *
 * @param id its key
 * @param name full name
 * @param title job title
 * @param email email address
 * @param phone phone number
 */
public record MediaContact(long id, String name, String title, String email, String phone) {

	/** A phone number as a {@code tel:} link target. */
	public String phoneLink() {
		return (this.phone != null) ? "tel:" + this.phone.replaceAll("[^0-9+]", "") : null;
	}

	/**
	 * What an editor enters for a media contact.
	 *
	 * @param name full name
	 * @param title job title
	 * @param email email address
	 * @param phone phone number
	 */
	public record Details(String name, String title, String email, String phone) {

		public Details {
			name = trim(name);
			title = trim(title);
			email = trim(email);
			phone = trim(phone);
		}

		public FieldProblems problems() {
			FieldProblems problems = new FieldProblems();
			problems.required("name", this.name).maxLength("name", this.name, 120);
			problems.maxLength("title", this.title, 150);
			problems.maxLength("email", this.email, 254);
			if (this.email != null && !this.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
				problems.add("email", "validation.email");
			}
			problems.maxLength("phone", this.phone, 40);
			if (this.phone != null && !this.phone.matches("[0-9+()./ -]{4,40}")) {
				problems.add("phone", "validation.phone");
			}
			if (this.email == null && this.phone == null) {
				problems.add("email", "contact.reachable");
			}
			return problems;
		}

		private static String trim(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

}
