package org.adelante.organizations;

import java.util.Locale;
import java.util.Set;

/**
 * What the details records share: the countries an organisation may be in.
 */
final class Fields {

	static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private Fields() {
	}

}
