package org.adelante.shared.web;

/**
 * An entry of the public site's main navigation, contributed by the module whose pages it
 * opens, after the home page.
 *
 * @param order its place (by convention the newsroom uses the 100s, letters the 200s)
 * @param path the page it opens, such as {@code /news}
 * @param labelKey the message key of its label
 */
public record SiteLink(int order, String path, String labelKey) {

	public static SiteLink of(int order, String path, String labelKey) {
		return new SiteLink(order, path, labelKey);
	}

}
