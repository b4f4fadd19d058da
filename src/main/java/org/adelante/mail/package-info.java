/**
 * Every email Adelante sends: written to a transactional outbox with the change that
 * caused it, then delivered over SMTP with retries, or kept readable in the admin when no
 * SMTP server is configured.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = "shared")
package org.adelante.mail;

import org.springframework.modulith.ApplicationModule;
