/**
 * The newsroom: press releases, statements, media advisories, news and reposts, their
 * media contacts, images and publication schedule.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "accounts", "organizations", "mail" })
package org.adelante.newsroom;
