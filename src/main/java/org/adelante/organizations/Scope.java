package org.adelante.organizations;

import java.util.Locale;

/**
 * How far an organisation's work reaches, from the whole world to one town. Sign-on
 * letters group their signers by it, widest first.
 */
public enum Scope {

	INTERNATIONAL, NATIONAL, REGIONAL, LOCAL;

	/** The message key of its name, such as {@code organizations.scope.national}. */
	public String messageKey() {
		return "organizations.scope." + name().toLowerCase(Locale.ROOT);
	}

	/** The scope with the name in any case, or {@code null} for anything else. */
	public static Scope parse(String value) {
		if (value == null) {
			return null;
		}
		for (Scope scope : values()) {
			if (scope.name().equalsIgnoreCase(value.strip())) {
				return scope;
			}
		}
		return null;
	}

}
