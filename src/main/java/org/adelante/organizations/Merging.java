package org.adelante.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What an organisation becomes when another is merged into it: it keeps what it has,
 * takes the other's website, place (city, region and country together), scope and sector
 * where it has none, and adds the other's name, acronym and other names to its own other
 * names, and the other's email domains (and website host, if it has a website of its own)
 * to its domains.
 */
final class Merging {

	private Merging() {
	}

	/** The survivor's details once the loser is merged into it (its logo aside). */
	static OrganizationDetails details(Organization survivor, Organization loser) {
		String website = (survivor.website() != null) ? survivor.website() : loser.website();
		List<String> own = Stream.of(survivor.name(), survivor.acronym())
			.filter((name) -> name != null)
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.toList();
		List<String> aliases = new ArrayList<>(survivor.aliases());
		Stream.concat(Stream.of(loser.name(), loser.acronym()), loser.aliases().stream())
			.filter((name) -> name != null && !own.contains(name.toLowerCase(Locale.ROOT)))
			.forEach(aliases::add);
		List<String> domains = new ArrayList<>(survivor.emailDomains());
		domains.addAll(loser.emailDomains());
		String loserHost = OrganizationNames.host(loser.website());
		if (loserHost != null && !loser.website().equals(website) && !FreeMailDomains.LISTED.isShared(loserHost)
				&& !loserHost.equals(OrganizationNames.host(website))) {
			domains.add(OrganizationNames.readable(loserHost));
		}
		Organization place = hasPlace(survivor) ? survivor : loser;
		Sector sector = or(survivor.sector(), loser.sector());
		return new OrganizationDetails(survivor.name(), survivor.acronym(), website, place.city(), place.region(),
				place.country(), or(survivor.scope(), loser.scope()), aliases, domains,
				(sector != null) ? Long.valueOf(sector.id()) : null, null, false);
	}

	/** Whether any of city, region and country is known; they are taken together. */
	private static boolean hasPlace(Organization organization) {
		return organization.city() != null || organization.region() != null || organization.country() != null;
	}

	private static <T> T or(T value, T otherwise) {
		return (value != null) ? value : otherwise;
	}

}
