package org.adelante.organizations.web;

import java.util.List;

import org.adelante.organizations.Organization;

/**
 * What the add or edit organisation page shows.
 *
 * @param editing the organisation being edited as saved, or {@code null} when adding one
 * @param form the values in the form
 * @param errors what is wrong with them
 * @param similar organisations that may be the same one (only when adding)
 * @param saved whether the organisation was just saved
 * @param countries the country choices
 */
public record OrganizationFormView(Organization editing, OrganizationForm form, FormErrors errors,
		List<Organization> similar, boolean saved, List<CountryOption> countries) {

	public boolean adding() {
		return this.editing == null;
	}

	/** Where the form is sent. */
	public String action() {
		return adding() ? "/admin/organizations" : "/admin/organizations/" + this.editing.id();
	}

	public boolean selected(CountryOption country) {
		return country.code().equalsIgnoreCase(this.form.country());
	}

}
