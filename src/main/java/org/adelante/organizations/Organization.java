package org.adelante.organizations;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An organisation in the registry.
 *
 * @param id its key
 * @param name its full name
 * @param acronym its short name, or {@code null}
 * @param website its absolute http(s) address, or {@code null}
 * @param city where it is based, or {@code null}
 * @param region the state or province, or {@code null}
 * @param country the ISO 3166-1 alpha-2 code, or {@code null}
 * @param scope how far its work reaches, or {@code null} when not known
 * @param aliases its other and former names, in the order staff gave them
 * @param emailDomains the domains its staff's email addresses are at, such as
 * {@code example.org}
 * @param sector the sector staff put it in, or {@code null}
 * @param logoUrl the site path of its logo (changes when the logo does), or {@code null}
 * when it has none
 */
public record Organization(long id, String name, String acronym, String website, String city, String region,
		String country, Scope scope, List<String> aliases, List<String> emailDomains, Sector sector, String logoUrl) {

	public Organization {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		emailDomains = (emailDomains != null) ? List.copyOf(emailDomains) : List.of();
	}

	/** An organisation with no aliases, email domains, sector or logo. */
	public Organization(long id, String name, String acronym, String website, String city, String region,
			String country, Scope scope) {
		this(id, name, acronym, website, city, region, country, scope, List.of(), List.of(), null, null);
	}

	/** Whether it has a logo, shown at {@link #logoUrl()}. */
	public boolean hasLogo() {
		return this.logoUrl != null;
	}

	/** "Name (ACR)", or just the name when there is no acronym. */
	public String displayName() {
		return (this.acronym != null) ? this.name + " (" + this.acronym + ")" : this.name;
	}

	/** The country's name in the given language, or {@code null}. */
	public String countryName(Locale locale) {
		return (this.country != null) ? new Locale("", this.country).getDisplayCountry(locale) : null;
	}

	/** "City, Region, Country" in the given language, leaving out what is unknown. */
	public String place(Locale locale) {
		return Stream.of(this.city, this.region, countryName(locale))
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining(", "));
	}

	/** "City, Region, Country" with the country named in English. */
	public String place() {
		return place(Locale.ENGLISH);
	}

}
