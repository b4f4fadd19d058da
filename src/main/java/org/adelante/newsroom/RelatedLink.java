package org.adelante.newsroom;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;

/**
 * A link a post points its readers to, such as another letter on the same subject.
 *
 * @param title what the link is called on the page
 * @param url its absolute http(s) address
 */
public record RelatedLink(String title, String url) {

	public static final int TITLE_MAX = 200;

	public RelatedLink {
		title = Text.line(title);
		url = Text.line(url);
	}

	/** Whether neither a title nor an address was given, as in a form's spare row. */
	public boolean isBlank() {
		return this.title == null && this.url == null;
	}

	/** Adds what is wrong with the link, under the fields of its row in the form. */
	void check(int row, FieldProblems problems) {
		String titleField = titleField(row);
		String urlField = urlField(row);
		problems.required(titleField, this.title).maxLength(titleField, this.title, TITLE_MAX);
		problems.required(urlField, this.url)
			.maxLength(urlField, this.url, PostContent.URL_MAX)
			.webAddress(urlField, this.url);
	}

	/** The form field of the title in a row, numbered from 0. */
	public static String titleField(int row) {
		return "relatedLinks." + row + ".title";
	}

	/** The form field of the address in a row, numbered from 0. */
	public static String urlField(int row) {
		return "relatedLinks." + row + ".url";
	}

}
