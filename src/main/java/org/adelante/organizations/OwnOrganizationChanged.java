package org.adelante.organizations;

import java.time.Instant;

/**
 * Our organisation's settings changed (name, logo, boilerplate or time zone).
 *
 * @param name the new name
 * @param zone the new time zone id
 * @param changedAt when the change was saved
 */
public record OwnOrganizationChanged(String name, String zone, Instant changedAt) {

}
