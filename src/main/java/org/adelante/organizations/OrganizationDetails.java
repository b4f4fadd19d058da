package org.adelante.organizations;

import java.util.Locale;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;

/**
 * What staff (or the demo loader) enter for an organisation. Text is trimmed and blank
 * optional fields become {@code null}, control characters become spaces;
 * {@link #problems()} lists what is not acceptable.
 *
 * @param name the full name, required, at most 200 characters
 * @param acronym the short name, at most 30 characters
 * @param website an absolute http(s) address, at most 300 characters
 * @param city at most 100 characters
 * @param region at most 100 characters
 * @param country an ISO 3166-1 alpha-2 code (any case)
 */
public record OrganizationDetails(String name, String acronym, String website, String city, String region,
		String country) {

	public static final int NAME_MAX = 200;

	public static final int ACRONYM_MAX = 30;

	public static final int WEBSITE_MAX = 300;

	public static final int PLACE_MAX = 100;

	public OrganizationDetails {
		name = Text.line(name);
		acronym = Text.line(acronym);
		website = Text.line(website);
		city = Text.line(city);
		region = Text.line(region);
		country = Text.line(country);
		country = (country != null) ? country.toUpperCase(Locale.ROOT) : null;
	}

	/** What is wrong with the details; empty when they are acceptable. */
	public FieldProblems problems() {
		FieldProblems problems = new FieldProblems();
		problems.required("name", this.name).maxLength("name", this.name, NAME_MAX);
		problems.maxLength("acronym", this.acronym, ACRONYM_MAX);
		problems.maxLength("website", this.website, WEBSITE_MAX).webAddress("website", this.website);
		problems.maxLength("city", this.city, PLACE_MAX);
		problems.maxLength("region", this.region, PLACE_MAX);
		if (this.country != null && !Fields.COUNTRIES.contains(this.country)) {
			problems.add("country", "validation.choose");
		}
		return problems;
	}

}
