/**
 * Sign-on letters: a coalition's letter to its targets, opened for organisations (and
 * people) to sign, with double opt-in by email, one signature per organisation from the
 * registry, staff approval where wanted, and a live, grouped signatory list.
 */
@ApplicationModule(displayName = "Letters", allowedDependencies = { "shared", "organizations", "mail" })
package org.adelante.letters;

import org.springframework.modulith.ApplicationModule;
