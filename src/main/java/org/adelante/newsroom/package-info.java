/**
 * The newsroom: press releases, statements, media advisories, news and reposts, their
 * media contacts, images and publication schedule. It names organisations from the
 * registry, features sign-on letters with their live counts, and shows each post's
 * history from the audit log.
 */
@ApplicationModule(displayName = "Newsroom", allowedDependencies = { "shared", "accounts", "organizations", "letters" })
package org.adelante.newsroom;

import org.springframework.modulith.ApplicationModule;
