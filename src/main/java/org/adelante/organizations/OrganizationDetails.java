package org.adelante.organizations;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What staff (or the demo loader) enter for an organisation. Text is trimmed and blank
 * optional fields become {@code null}; {@link #problems()} lists what is not acceptable.
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
		name = Fields.clean(name);
		acronym = Fields.clean(acronym);
		website = Fields.clean(website);
		city = Fields.clean(city);
		region = Fields.clean(region);
		country = Fields.clean(country);
		country = (country != null) ? country.toUpperCase(Locale.ROOT) : null;
	}

	/**
	 * What is wrong, as field names mapped to message keys; empty when the details are
	 * acceptable.
	 */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.name == null) {
			Fields.problem(problems, "name", "organizations.error.name.required");
		}
		else if (Fields.tooLong(this.name, NAME_MAX)) {
			Fields.problem(problems, "name", "organizations.error.name.tooLong");
		}
		if (Fields.tooLong(this.acronym, ACRONYM_MAX)) {
			Fields.problem(problems, "acronym", "organizations.error.acronym.tooLong");
		}
		if (Fields.tooLong(this.website, WEBSITE_MAX)) {
			Fields.problem(problems, "website", "organizations.error.website.tooLong");
		}
		else if (this.website != null && !Fields.isWebsite(this.website)) {
			Fields.problem(problems, "website", "organizations.error.website.invalid");
		}
		if (Fields.tooLong(this.city, PLACE_MAX)) {
			Fields.problem(problems, "city", "organizations.error.city.tooLong");
		}
		if (Fields.tooLong(this.region, PLACE_MAX)) {
			Fields.problem(problems, "region", "organizations.error.region.tooLong");
		}
		if (this.country != null && !Fields.COUNTRIES.contains(this.country)) {
			Fields.problem(problems, "country", "organizations.error.country.invalid");
		}
		return problems;
	}

}
