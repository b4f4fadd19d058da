package org.adelante.organizations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;

/**
 * What staff (or the demo loader) enter for an organisation. Text is trimmed and blank
 * optional fields become {@code null}, control characters become spaces; blank aliases
 * and domains are left out, and so are repeated ones; {@link #problems()} lists what is
 * not acceptable.
 *
 * @param name the full name, required, at most 200 characters
 * @param acronym the short name, at most 30 characters
 * @param website an absolute http(s) address, at most 300 characters
 * @param city at most 100 characters
 * @param region at most 100 characters
 * @param country an ISO 3166-1 alpha-2 code (any case)
 * @param scope how far its work reaches, or {@code null} when not known
 * @param aliases other and former names, at most {@value #ALIASES_MAX} of at most 200
 * characters each
 * @param emailDomains the domains its staff's email addresses are at, such as
 * {@code example.org}, at most {@value #EMAIL_DOMAINS_MAX}; never a free email service's
 * @param sectorId the key of the {@link Sector} it is in, or {@code null}
 * @param newLogo an uploaded PNG, JPEG or WebP image of at most 1 MB, or {@code null} to
 * keep the current logo
 * @param removeLogo whether to remove the current logo (ignored when a new one is given)
 */
public record OrganizationDetails(String name, String acronym, String website, String city, String region,
		String country, Scope scope, List<String> aliases, List<String> emailDomains, Long sectorId, byte[] newLogo,
		boolean removeLogo) {

	public static final int NAME_MAX = 200;

	public static final int ACRONYM_MAX = 30;

	public static final int WEBSITE_MAX = 300;

	public static final int PLACE_MAX = 100;

	public static final int ALIASES_MAX = 50;

	public static final int EMAIL_DOMAINS_MAX = 50;

	/** How much of a refused alias or domain a message quotes. */
	private static final int QUOTED_MAX = 60;

	public OrganizationDetails {
		name = Text.line(name);
		acronym = Text.line(acronym);
		website = Text.line(website);
		city = Text.line(city);
		region = Text.line(region);
		country = Text.line(country);
		country = (country != null) ? country.toUpperCase(Locale.ROOT) : null;
		aliases = distinctLines(aliases);
		emailDomains = distinctLines(emailDomains);
		newLogo = (newLogo != null && newLogo.length > 0) ? newLogo : null;
	}

	/** Details with no scope, aliases, email domains, sector or logo. */
	public OrganizationDetails(String name, String acronym, String website, String city, String region,
			String country) {
		this(name, acronym, website, city, region, country, null, List.of(), List.of(), null, null, false);
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
		if (this.aliases.size() > ALIASES_MAX) {
			problems.add("aliases", "organizations.error.aliases.tooMany", ALIASES_MAX);
		}
		this.aliases.stream()
			.filter((alias) -> Text.length(alias) > NAME_MAX)
			.findFirst()
			.ifPresent(
					(alias) -> problems.add("aliases", "organizations.error.aliases.tooLong", NAME_MAX, quoted(alias)));
		if (this.emailDomains.size() > EMAIL_DOMAINS_MAX) {
			problems.add("emailDomains", "organizations.error.emailDomains.tooMany", EMAIL_DOMAINS_MAX);
		}
		for (String typed : this.emailDomains) {
			String domain = OrganizationNames.domain(typed);
			if (domain == null) {
				problems.add("emailDomains", "organizations.error.emailDomains.invalid", quoted(typed));
			}
			else if (FreeMailDomains.LISTED.isShared(domain)) {
				problems.add("emailDomains", "organizations.error.emailDomains.freeMail", quoted(typed));
			}
		}
		LogoImages.check(problems, "logo", this.newLogo);
		return problems;
	}

	/**
	 * The email domains as compared and stored ({@link OrganizationNames#domain}), each
	 * once; those that are not domains are left out.
	 */
	List<String> domainKeys() {
		return this.emailDomains.stream()
			.map(OrganizationNames::domain)
			.filter((domain) -> domain != null)
			.distinct()
			.toList();
	}

	/** The keys the registry recognises an organisation with these details by. */
	MatchKeys keys() {
		return MatchKeys.of(this.name, this.acronym, this.aliases, this.website, this.emailDomains);
	}

	/** Each line cleaned, without blank ones, once whatever its case. */
	private static List<String> distinctLines(List<String> lines) {
		Map<String, String> distinct = new LinkedHashMap<>();
		if (lines != null) {
			for (String line : lines) {
				String cleaned = Text.line(line);
				if (cleaned != null) {
					distinct.putIfAbsent(cleaned.toLowerCase(Locale.ROOT), cleaned);
				}
			}
		}
		return List.copyOf(new ArrayList<>(distinct.values()));
	}

	private static String quoted(String text) {
		return (Text.length(text) > QUOTED_MAX) ? Text.truncate(text, QUOTED_MAX) + "…" : text;
	}

}
