package org.adelante.organizations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Details that were refused, with what is wrong with each field.
 */
public class InvalidOrganizationDetails extends RuntimeException {

	private final Map<String, String> problems;

	InvalidOrganizationDetails(Map<String, String> problems) {
		super("Invalid organisation details in " + problems.keySet());
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	/** Field names mapped to message keys, in the order of the fields. */
	public Map<String, String> problems() {
		return this.problems;
	}

}
