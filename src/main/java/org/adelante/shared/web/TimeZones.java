package org.adelante.shared.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The time zones staff can pick for a time they enter: UTC and every geographic zone, by
 * name.
 */
public final class TimeZones {

	private static final Pattern GEOGRAPHIC = Pattern
		.compile("(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+");

	private static final List<String> ALL = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((zone) -> GEOGRAPHIC.matcher(zone).matches())
		.sorted()
		.toList();

	private TimeZones() {
	}

	/** UTC, then the geographic zones, then the given choice if it is none of those. */
	public static List<String> withChoice(String chosen) {
		List<String> zones = new ArrayList<>(ALL.size() + 2);
		zones.add("UTC");
		zones.addAll(ALL);
		if (chosen != null && !chosen.isBlank() && !zones.contains(chosen)) {
			zones.add(chosen);
		}
		return zones;
	}

}
