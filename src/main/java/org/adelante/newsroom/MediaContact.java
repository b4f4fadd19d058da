package org.adelante.newsroom;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;

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

		public static final int NAME_MAX = 120;

		public static final int TITLE_MAX = 150;

		public static final int PHONE_MAX = 40;

		public Details {
			name = Text.line(name);
			title = Text.line(title);
			email = Text.line(email);
			phone = Text.line(phone);
		}

		public FieldProblems problems() {
			FieldProblems problems = new FieldProblems();
			problems.required("name", this.name).maxLength("name", this.name, NAME_MAX);
			problems.maxLength("title", this.title, TITLE_MAX);
			problems.email("email", this.email);
			problems.maxLength("phone", this.phone, PHONE_MAX);
			if (this.phone != null && !this.phone.matches("[0-9+()./ -]{4,40}")) {
				problems.add("phone", "validation.phone");
			}
			if (this.email == null && this.phone == null) {
				problems.add("email", "contact.reachable");
			}
			return problems;
		}

	}

}
