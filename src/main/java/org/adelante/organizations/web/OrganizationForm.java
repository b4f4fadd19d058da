package org.adelante.organizations.web;

import java.util.List;
import java.util.regex.Pattern;

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
 * @param sector the key of the sector, or empty for none
 * @param removeLogo whether to remove the current logo (absent when the box is not
 * ticked)
 * @param createAnyway whether to add the organisation although similar ones exist (absent
 * when the box is not ticked)
 */
public record OrganizationForm(String name, String acronym, String website, String city, String region, String country,
		String scope, String aliases, String emailDomains, String sector, Boolean removeLogo, Boolean createAnyway) {

	private static final Pattern LINE_BREAK = Pattern.compile("\\R");

	private static final Pattern SECTOR_ID = Pattern.compile("[1-9][0-9]{0,17}");

	static final OrganizationForm EMPTY = new OrganizationForm("", "", "", "", "", "", "", "", "", "", false, false);

	/** Whether similar organisations were seen and this one is to be added anyway. */
	public boolean confirmed() {
		return Boolean.TRUE.equals(this.createAnyway);
	}

	static OrganizationForm of(Organization organization) {
		return new OrganizationForm(organization.name(), organization.acronym(), organization.website(),
				organization.city(), organization.region(), organization.country(),
				(organization.scope() != null) ? organization.scope().name() : "",
				String.join("\n", organization.aliases()), String.join("\n", organization.emailDomains()),
				(organization.sector() != null) ? String.valueOf(organization.sector().id()) : "", false, false);
	}

	/** Whether the current logo is to be removed. */
	public boolean removing() {
		return Boolean.TRUE.equals(this.removeLogo);
	}

	/**
	 * The details this form describes, with the uploaded logo (or {@code null}); a scope
	 * or sector that is not one of the choices is added to {@code problems} and left out.
	 */
	OrganizationDetails details(FieldProblems problems, byte[] logo) {
		Scope parsedScope = Scope.parse(this.scope);
		if (parsedScope == null && Text.line(this.scope) != null) {
			problems.add("scope", "validation.choose");
		}
		return new OrganizationDetails(this.name, this.acronym, this.website, this.city, this.region, this.country,
				parsedScope, lines(this.aliases), lines(this.emailDomains), sectorId(problems), logo, removing());
	}

	private Long sectorId(FieldProblems problems) {
		String text = Text.line(this.sector);
		if (text == null) {
			return null;
		}
		if (!SECTOR_ID.matcher(text).matches()) {
			problems.add("sector", "validation.choose");
			return null;
		}
		return Long.valueOf(text);
	}

	/** The lines of a text area; the details clean each one. */
	private static List<String> lines(String text) {
		return (text != null) ? List.of(LINE_BREAK.split(text)) : List.of();
	}

}
