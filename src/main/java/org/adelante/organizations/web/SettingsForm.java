package org.adelante.organizations.web;

import org.adelante.organizations.OwnOrganization;
import org.adelante.organizations.OwnOrganizationDetails;

/**
 * Our organisation's settings form as submitted (the logo file comes separately).
 *
 * @param name the organisation's name
 * @param website its website address
 * @param boilerplateEn the English boilerplate, Markdown
 * @param boilerplateEs the Spanish boilerplate, Markdown
 * @param timeZone the IANA time zone id
 * @param removeLogo whether to remove the current logo (absent when the box is not
 * ticked)
 */
public record SettingsForm(String name, String website, String boilerplateEn, String boilerplateEs, String timeZone,
		Boolean removeLogo) {

	/** Whether the current logo is to be removed. */
	public boolean removing() {
		return Boolean.TRUE.equals(this.removeLogo);
	}

	static SettingsForm of(OwnOrganization own) {
		return new SettingsForm(own.name(), own.website(), own.boilerplateEn(), own.boilerplateEs(), own.zone().getId(),
				false);
	}

	OwnOrganizationDetails details(byte[] logo) {
		return new OwnOrganizationDetails(this.name, this.website, this.boilerplateEn, this.boilerplateEs,
				this.timeZone, logo, removing());
	}

}
