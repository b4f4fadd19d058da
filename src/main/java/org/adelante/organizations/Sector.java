package org.adelante.organizations;

/**
 * A sector staff sort organisations into, such as human rights or labour.
 *
 * @param id its key
 * @param name its name
 */
public record Sector(long id, String name) {

	/** Longest name, in characters. */
	public static final int NAME_MAX = 100;

}
