package org.adelante.letters;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.adelante.organizations.Scope;
import org.adelante.shared.web.Countries;

/**
 * A letter's signatory list as its page shows it in one language: the convening
 * organisations first, then the other organisations in groups (by scope, widest first; by
 * country, in the alphabetical order of the page language; or one group), then the people
 * who signed. Names are sorted alphabetically in the page language, ignoring accents and
 * case (Spanish sorts "Ñ" after "N").
 *
 * @param conveners the convening organisations that signed
 * @param groups the other organisations, grouped
 * @param individuals the people
 */
public record SignatoryList(List<Signatory> conveners, List<Group> groups, List<Signatory> individuals) {

	public static final SignatoryList EMPTY = new SignatoryList(List.of(), List.of(), List.of());

	/**
	 * The list of these signatories, grouped and sorted for a page in the language.
	 */
	public static SignatoryList of(List<Signatory> signatories, Grouping grouping, Locale locale) {
		Comparator<Signatory> order = alphabetical(locale);
		List<Signatory> conveners = new ArrayList<>();
		List<Signatory> organizations = new ArrayList<>();
		List<Signatory> individuals = new ArrayList<>();
		for (Signatory signatory : signatories) {
			if (signatory.kind() == SignerKind.INDIVIDUAL) {
				individuals.add(signatory);
			}
			else if (signatory.convener()) {
				conveners.add(signatory);
			}
			else {
				organizations.add(signatory);
			}
		}
		conveners.sort(order);
		individuals.sort(order);
		List<Group> groups = switch (grouping) {
			case BY_SCOPE -> byScope(organizations, order);
			case BY_COUNTRY -> byCountry(organizations, order, locale);
			case NONE ->
				organizations.isEmpty() ? List.of() : List.of(new Group(null, null, sorted(organizations, order)));
		};
		return new SignatoryList(List.copyOf(conveners), groups, List.copyOf(individuals));
	}

	/** Whether there is no name to show at all. */
	public boolean isEmpty() {
		return this.conveners.isEmpty() && this.groups.isEmpty() && this.individuals.isEmpty();
	}

	private static List<Group> byScope(List<Signatory> organizations, Comparator<Signatory> order) {
		Map<Scope, List<Signatory>> byScope = new EnumMap<>(Scope.class);
		List<Signatory> unknown = new ArrayList<>();
		for (Signatory signatory : organizations) {
			if (signatory.scope() != null) {
				byScope.computeIfAbsent(signatory.scope(), (scope) -> new ArrayList<>()).add(signatory);
			}
			else {
				unknown.add(signatory);
			}
		}
		List<Group> groups = new ArrayList<>();
		byScope.forEach((scope, members) -> groups.add(new Group(scope.messageKey(), null, sorted(members, order))));
		if (!unknown.isEmpty()) {
			groups.add(new Group("letters.group.scopeUnknown", null, sorted(unknown, order)));
		}
		return List.copyOf(groups);
	}

	private static List<Group> byCountry(List<Signatory> organizations, Comparator<Signatory> order, Locale locale) {
		Map<String, List<Signatory>> byName = new TreeMap<>(collator(locale));
		List<Signatory> unknown = new ArrayList<>();
		for (Signatory signatory : organizations) {
			String country = Countries.name(signatory.country(), locale);
			if (country != null) {
				byName.computeIfAbsent(country, (name) -> new ArrayList<>()).add(signatory);
			}
			else {
				unknown.add(signatory);
			}
		}
		List<Group> groups = new ArrayList<>();
		byName.forEach((country, members) -> groups.add(new Group(null, country, sorted(members, order))));
		if (!unknown.isEmpty()) {
			groups.add(new Group("letters.group.countryUnknown", null, sorted(unknown, order)));
		}
		return List.copyOf(groups);
	}

	private static List<Signatory> sorted(List<Signatory> members, Comparator<Signatory> order) {
		List<Signatory> copy = new ArrayList<>(members);
		copy.sort(order);
		return List.copyOf(copy);
	}

	/**
	 * By name, ignoring accents and case; names equal that way by their exact spelling,
	 * then by signature, so the order never depends on how the rows came.
	 */
	private static Comparator<Signatory> alphabetical(Locale locale) {
		Collator exact = Collator.getInstance(locale);
		exact.setStrength(Collator.TERTIARY);
		return Comparator.comparing(Signatory::name, collator(locale))
			.thenComparing(Signatory::name, exact)
			.thenComparingLong(Signatory::signatureId);
	}

	private static Collator collator(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		collator.setStrength(Collator.PRIMARY);
		return collator;
	}

	/**
	 * One group of the list.
	 *
	 * @param headingKey the message key of its heading (a scope, or "country not given"),
	 * or {@code null}
	 * @param heading its heading as text (a country's name in the page language), or
	 * {@code null}
	 * @param members its organisations, in order
	 */
	public record Group(String headingKey, String heading, List<Signatory> members) {

		/**
		 * Whether the group has a heading; the one group of an ungrouped list has none.
		 */
		public boolean hasHeading() {
			return this.headingKey != null || this.heading != null;
		}

	}

}
