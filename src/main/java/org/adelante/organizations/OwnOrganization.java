package org.adelante.organizations;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The organisation that runs this site: its name in the header, its logo, the "About"
 * boilerplate that ends releases, and the time zone dates are shown in.
 *
 * @param name the name shown as the site's name
 * @param website its absolute http(s) address, or {@code null}
 * @param hasLogo whether a logo was uploaded
 * @param logoUrl the site path of the logo (changes when the logo does), or {@code null}
 * @param boilerplateEn the English boilerplate, Markdown, possibly empty
 * @param boilerplateEs the Spanish boilerplate, Markdown, possibly empty
 * @param zone the time zone dates are shown in
 * @param updatedAt when these settings last changed
 */
public record OwnOrganization(String name, String website, boolean hasLogo, String logoUrl, String boilerplateEn,
		String boilerplateEs, ZoneId zone, Instant updatedAt) {

	public OwnOrganization {
		boilerplateEn = (boilerplateEn != null) ? boilerplateEn : "";
		boilerplateEs = (boilerplateEs != null) ? boilerplateEs : "";
	}

	/**
	 * The boilerplate (Markdown) in the given language, or in the other language when
	 * that one is empty.
	 */
	public String boilerplate(Locale locale) {
		boolean spanish = locale != null && "es".equals(locale.getLanguage());
		String wanted = spanish ? this.boilerplateEs : this.boilerplateEn;
		return !wanted.isBlank() ? wanted : (spanish ? this.boilerplateEn : this.boilerplateEs);
	}

}
