/**
 * The newsroom: press releases, statements, media advisories, news and reposts, their
 * media contacts, images and publication schedule. It names organisations from the
 * registry and shows each post's history from the audit log.
 */
@ApplicationModule(displayName = "Newsroom", allowedDependencies = { "shared", "accounts", "organizations" })
package org.adelante.newsroom;

import org.springframework.modulith.ApplicationModule;
