/**
 * News tips from readers: an example module that exists only in the tests, to show (and
 * keep showing) that a module with a public form, an admin page, an email, an event and a
 * listener, its own settings, messages, templates and migration plugs in without an edit
 * to any other module.
 */
@ApplicationModule(displayName = "Tips", allowedDependencies = { "shared", "mail", "newsroom" })
package org.adelante.tips;

import org.springframework.modulith.ApplicationModule;
