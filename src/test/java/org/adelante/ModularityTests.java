package org.adelante;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module structure honest: modules use each other only through their public
 * APIs and declared dependencies, with no cycles.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AdelanteApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void moduleDocumentationCanBeWritten() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
