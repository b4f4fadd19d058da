package org.adelante.organizations.web;

import java.util.List;

import org.adelante.organizations.Organization;
import org.adelante.organizations.OrganizationDetails;
import org.adelante.organizations.Scope;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;

/**
 * The add and edit organisation form as submitted.
 *
 * @param name the full name
 * @param acronym the short name
 * @param website the website address
 * @param city the city
 * @param region the state or province
 * @param country the ISO country code
 * @param scope a {@link Scope} name, or empty when not known
 * @param aliases other and former names, one a line
 * @param emailDomains email domains, one a line
 * @param createAnyway whether to add the organisation although similar ones exist (absent
 * when the box is not ticked)
 */
public record OrganizationForm(String name, String acronym, String website, String city, String region, String country,
		String scope, String aliases, String emailDomains, Boolean createAnyway) {

	static final OrganizationForm EMPTY = new OrganizationForm("", "", "", "", "", "", "", "", "", false);

	/** Whether similar organisations were seen and this one is to be added anyway. */
	public boolean confirmed() {
		return Boolean.TRUE.equals(this.createAnyway);
	}

	static OrganizationForm of(Organization organization) {
		return new OrganizationForm(organization.name(), organization.acronym(), organization.website(),
				organization.city(), organization.region(), organization.country(),
				(organization.scope() != null) ? organization.scope().name() : "",
				String.join("\n", organization.aliases()), String.join("\n", organization.emailDomains()), false);
	}

	/**
	 * The details this form describes; a scope that is not one of the choices is added to
	 * {@code problems} and left out.
	 */
	OrganizationDetails details(FieldProblems problems) {
		Scope parsedScope = Scope.parse(this.scope);
		if (parsedScope == null && Text.line(this.scope) != null) {
			problems.add("scope", "validation.choose");
		}
		return new OrganizationDetails(this.name, this.acronym, this.website, this.city, this.region, this.country,
				parsedScope, lines(this.aliases), lines(this.emailDomains));
	}

	private static List<String> lines(String text) {
		return List.of(Text.lines(text).split("\n"));
	}

}
