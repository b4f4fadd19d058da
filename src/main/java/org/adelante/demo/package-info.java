/**
 * Demo content: a fictional advocacy organisation's newsroom, loaded into an empty
 * installation on first start so a new install shows what Adelante does
 * ({@code ADELANTE_DEMO=false} starts empty).
 */
@ApplicationModule(displayName = "Demo content",
		allowedDependencies = { "shared", "organizations", "letters", "newsroom", "newsroom :: media" })
package org.adelante.demo;

import org.springframework.modulith.ApplicationModule;
