package org.adelante.organizations.web;

/**
 * The add and rename sector form as submitted.
 *
 * @param name the sector's name
 */
public record SectorForm(String name) {

	static final SectorForm EMPTY = new SectorForm("");

}
