/**
 * The registry of organisations that issue releases with us, are reposted or sign
 * letters, with their deduplication, and our own organisation's name, logo, boilerplate
 * and time zone.
 */
@ApplicationModule(displayName = "Organisations", allowedDependencies = "shared")
package org.adelante.organizations;

import org.springframework.modulith.ApplicationModule;
