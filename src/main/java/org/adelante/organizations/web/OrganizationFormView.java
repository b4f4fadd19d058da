package org.adelante.organizations.web;

import java.util.ArrayList;
import java.util.List;

import org.adelante.organizations.Organization;
import org.adelante.organizations.Sector;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.web.FormOption;

/**
 * What the add or edit organisation page shows.
 *
 * @param editing the organisation being edited as saved, or {@code null} when adding one
 * @param form the values in the form
 * @param problems what is wrong with them
 * @param similar organisations that may be the same one (only when adding)
 * @param saved whether the organisation was just saved
 * @param mergedName the name of the organisation just merged into this one, or
 * {@code null}
 * @param countries the country choices
 * @param sectors the sector choices
 */
public record OrganizationFormView(Organization editing, OrganizationForm form, FieldProblems problems,
		List<Organization> similar, boolean saved, String mergedName, List<FormOption> countries,
		List<Sector> sectors) {

	public boolean adding() {
		return this.editing == null;
	}

	/** Where the form is sent. */
	public String action() {
		return adding() ? "/admin/organizations" : "/admin/organizations/" + this.editing.id();
	}

	/** The countries as the choices of the country field, after a choice of none. */
	public List<FormOption> countryOptions(String none) {
		List<FormOption> options = new ArrayList<>();
		options.add(FormOption.of("", none));
		options.addAll(this.countries);
		return options;
	}

	/** The sectors as the choices of the sector field, after a choice of none. */
	public List<FormOption> sectorOptions(String none) {
		List<FormOption> options = new ArrayList<>();
		options.add(FormOption.of("", none));
		this.sectors.forEach((sector) -> options.add(FormOption.of(String.valueOf(sector.id()), sector.name())));
		return options;
	}

}
