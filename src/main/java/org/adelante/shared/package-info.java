/**
 * Building blocks every module may use: time, slugs, safe HTML, configuration, the web
 * layout and error pages. No domain logic lives here.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package org.adelante.shared;

import org.springframework.modulith.ApplicationModule;
