package org.adelante.organizations.web;

import org.adelante.organizations.Organization;
import org.adelante.organizations.OrganizationDetails;

/**
 * The add and edit organisation form as submitted.
 *
 * @param name the full name
 * @param acronym the short name
 * @param website the website address
 * @param city the city
 * @param region the state or province
 * @param country the ISO country code
 * @param createAnyway whether to add the organisation although similar ones exist (absent
 * when the box is not ticked)
 */
public record OrganizationForm(String name, String acronym, String website, String city, String region, String country,
		Boolean createAnyway) {

	/** Whether similar organisations were seen and this one is to be added anyway. */
	public boolean confirmed() {
		return Boolean.TRUE.equals(this.createAnyway);
	}

	static final OrganizationForm EMPTY = new OrganizationForm("", "", "", "", "", "", false);

	static OrganizationForm of(Organization organization) {
		return new OrganizationForm(organization.name(), organization.acronym(), organization.website(),
				organization.city(), organization.region(), organization.country(), false);
	}

	OrganizationDetails details() {
		return new OrganizationDetails(this.name, this.acronym, this.website, this.city, this.region, this.country);
	}

}
