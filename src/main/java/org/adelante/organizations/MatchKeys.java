package org.adelante.organizations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.adelante.shared.Text;

/**
 * Everything an organisation is recognised by, as {@link OrganizationNames} makes keys of
 * it: its normalised name, the normalised names of its aliases, its acronyms (the one
 * given, one in brackets after a name, and a name of one word, which may be an acronym)
 * and the domains of its website and email, never those of {@link FreeMailDomains free
 * mail}. The one rule of what matches what, for the registry's duplicate warnings and for
 * matching organisations described from outside.
 *
 * @param name the normalised name, possibly empty
 * @param aliases the normalised other names
 * @param acronyms the acronym keys
 * @param domains the domains that identify it
 */
record MatchKeys(String name, Set<String> aliases, Set<String> acronyms, Set<String> domains) {

	/**
	 * The version of these rules; stored keys made by an older version are made again at
	 * start ({@link RegistryKeys}). Raise it with every change to how keys are made.
	 */
	static final int VERSION = 1;

	MatchKeys {
		name = Objects.requireNonNullElse(name, "");
		aliases = Set.copyOf(aliases);
		acronyms = Set.copyOf(acronyms);
		domains = Set.copyOf(domains);
	}

	/** The keys of an organisation with these details. */
	static MatchKeys of(String name, String acronym, Collection<String> aliases, String website,
			Collection<String> emailDomains) {
		Set<String> aliasKeys = new LinkedHashSet<>();
		Set<String> acronymKeys = new LinkedHashSet<>();
		addAcronym(acronymKeys, acronym);
		namedAcronyms(acronymKeys, name);
		for (String alias : aliases) {
			aliasKeys.add(OrganizationNames.normalize(alias));
			namedAcronyms(acronymKeys, alias);
		}
		aliasKeys.remove("");
		Set<String> domainKeys = new LinkedHashSet<>();
		addDomain(domainKeys, OrganizationNames.host(website));
		emailDomains.forEach((domain) -> addDomain(domainKeys, OrganizationNames.domain(domain)));
		return new MatchKeys(OrganizationNames.normalize(name), aliasKeys, acronymKeys, domainKeys);
	}

	/** The keys of a registered organisation. */
	static MatchKeys of(Organization organization) {
		return of(organization.name(), organization.acronym(), organization.aliases(), organization.website(),
				organization.emailDomains());
	}

	/** The keys of an organisation described from outside the registry. */
	static MatchKeys of(OrganizationCandidate candidate) {
		MatchKeys keys = of(candidate.name(), null, List.of(), candidate.website(), List.of());
		Set<String> domains = new LinkedHashSet<>(keys.domains());
		addDomain(domains, OrganizationNames.emailDomain(candidate.email()));
		return new MatchKeys(keys.name(), Set.of(), keys.acronyms(), domains);
	}

	/** Whether there is nothing to recognise an organisation by. */
	boolean isEmpty() {
		return this.name.isEmpty() && this.aliases.isEmpty() && this.acronyms.isEmpty() && this.domains.isEmpty();
	}

	/**
	 * How surely these keys match those of a registered organisation: the same name; or a
	 * name of one is a name of the other; or a shared acronym; or a domain of these keys
	 * is one of the other's domains or under it ({@code mx.example.org} under
	 * {@code example.org}). Empty when they do not match.
	 */
	Optional<MatchLevel> against(MatchKeys registered) {
		if (!this.name.isEmpty() && this.name.equals(registered.name)) {
			return Optional.of(MatchLevel.NAME);
		}
		if (registered.names().stream().anyMatch(names()::contains)) {
			return Optional.of(MatchLevel.ALIAS);
		}
		if (registered.acronyms.stream().anyMatch(this.acronyms::contains)) {
			return Optional.of(MatchLevel.ACRONYM);
		}
		if (this.domains.stream().anyMatch(registered::owns)) {
			return Optional.of(MatchLevel.DOMAIN);
		}
		return Optional.empty();
	}

	/**
	 * The registered organisations the candidate's keys match, by their keys: the surest
	 * match first, and the one added first among equally sure ones.
	 */
	static List<Long> rank(MatchKeys candidate, Map<Long, MatchKeys> registered) {
		record Ranked(long id, MatchLevel level) {
		}
		return registered.entrySet()
			.stream()
			.flatMap((entry) -> candidate.against(entry.getValue())
				.map((level) -> new Ranked(entry.getKey(), level))
				.stream())
			.sorted(Comparator.comparing(Ranked::level).thenComparingLong(Ranked::id))
			.map(Ranked::id)
			.toList();
	}

	/**
	 * Whether the domain is one of these domains or under one of them; never for a free
	 * mail domain, which no organisation owns.
	 */
	boolean owns(String domain) {
		return domain != null && !FreeMailDomains.LISTED.isShared(domain)
				&& this.domains.stream().anyMatch((owned) -> domain.equals(owned) || domain.endsWith("." + owned));
	}

	/** The name and the aliases. */
	Set<String> names() {
		Set<String> names = new LinkedHashSet<>();
		if (!this.name.isEmpty()) {
			names.add(this.name);
		}
		names.addAll(this.aliases);
		return names;
	}

	/**
	 * The domains a registered organisation must own one of to match: these domains and
	 * every domain they are under, down to two labels.
	 */
	Set<String> domainsAndParents() {
		Set<String> parents = new LinkedHashSet<>();
		for (String domain : this.domains) {
			String rest = domain;
			while (rest.indexOf('.') > 0) {
				parents.add(rest);
				rest = rest.substring(rest.indexOf('.') + 1);
			}
		}
		return parents;
	}

	/**
	 * The keys of organisations numbered in the order they were added, looked up by the
	 * rules of {@link #against} without comparing every pair: what {@link #rank} does for
	 * the registry, for a list of organisations not stored yet.
	 */
	static final class Index {

		private final Map<String, Integer> names = new HashMap<>();

		private final Map<String, Integer> acronyms = new HashMap<>();

		private final Map<String, Integer> domains = new HashMap<>();

		void add(MatchKeys keys, int number) {
			keys.names().forEach((name) -> this.names.putIfAbsent(name, number));
			keys.acronyms().forEach((acronym) -> this.acronyms.putIfAbsent(acronym, number));
			keys.domains().forEach((domain) -> this.domains.putIfAbsent(domain, number));
		}

		/**
		 * The number of the organisation the keys match, by the surest rule that finds
		 * one and the first added among those it finds; -1 if none.
		 */
		int first(MatchKeys keys) {
			int byName = Integer.MAX_VALUE;
			for (String name : keys.names()) {
				byName = Math.min(byName, this.names.getOrDefault(name, Integer.MAX_VALUE));
			}
			if (byName != Integer.MAX_VALUE) {
				return byName;
			}
			int byAcronym = Integer.MAX_VALUE;
			for (String acronym : keys.acronyms()) {
				byAcronym = Math.min(byAcronym, this.acronyms.getOrDefault(acronym, Integer.MAX_VALUE));
			}
			if (byAcronym != Integer.MAX_VALUE) {
				return byAcronym;
			}
			int byDomain = Integer.MAX_VALUE;
			for (String domain : keys.domains()) {
				if (FreeMailDomains.LISTED.isShared(domain)) {
					continue;
				}
				for (String owner : new MatchKeys("", Set.of(), Set.of(), Set.of(domain)).domainsAndParents()) {
					byDomain = Math.min(byDomain, this.domains.getOrDefault(owner, Integer.MAX_VALUE));
				}
			}
			return (byDomain != Integer.MAX_VALUE) ? byDomain : -1;
		}

	}

	/** The keys as rows of kind and key, as they are stored. */
	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		if (!this.name.isEmpty()) {
			rows.add(new Row(Kind.NAME, this.name));
		}
		this.aliases.forEach((alias) -> rows.add(new Row(Kind.ALIAS, alias)));
		this.acronyms.forEach((acronym) -> rows.add(new Row(Kind.ACRONYM, acronym)));
		this.domains.forEach((domain) -> rows.add(new Row(Kind.DOMAIN, domain)));
		return rows;
	}

	/** The keys made of stored rows. */
	static MatchKeys fromRows(Collection<Row> rows) {
		String name = rows.stream().filter((row) -> row.kind() == Kind.NAME).map(Row::key).findFirst().orElse("");
		return new MatchKeys(name, keys(rows, Kind.ALIAS), keys(rows, Kind.ACRONYM), keys(rows, Kind.DOMAIN));
	}

	private static Set<String> keys(Collection<Row> rows, Kind kind) {
		Set<String> keys = new LinkedHashSet<>();
		rows.stream().filter((row) -> row.kind() == kind).map(Row::key).forEach(keys::add);
		return keys;
	}

	/** The acronym in brackets after the name, or the name itself if it is one word. */
	private static void namedAcronyms(Set<String> keys, String name) {
		addAcronym(keys, OrganizationNames.bracketedAcronym(name));
		if (OrganizationNames.isOneWord(name)) {
			addAcronym(keys, name);
		}
	}

	/**
	 * Adds an acronym's key unless it is too short to tell organisations apart or is a
	 * common word ("A.C.").
	 */
	private static void addAcronym(Set<String> keys, String acronym) {
		String key = OrganizationNames.acronymKey(acronym);
		if (key != null && Text.length(key) >= 2 && !OrganizationNames.COMMON_WORDS.contains(key)) {
			keys.add(key);
		}
	}

	private static void addDomain(Set<String> keys, String domain) {
		if (domain != null && !FreeMailDomains.LISTED.isShared(domain)) {
			keys.add(domain);
		}
	}

	/** What a stored key is of. */
	enum Kind {

		NAME, ALIAS, ACRONYM, DOMAIN

	}

	/**
	 * One stored key.
	 *
	 * @param kind what it is of
	 * @param key the key
	 */
	record Row(Kind kind, String key) {

	}

}
