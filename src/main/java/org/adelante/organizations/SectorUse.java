package org.adelante.organizations;

/**
 * A sector and how many organisations are in it.
 *
 * @param sector the sector
 * @param organizations how many organisations are in it
 */
public record SectorUse(Sector sector, long organizations) {

}
