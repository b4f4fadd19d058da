package org.adelante;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module structure honest: modules use each other only through their public
 * APIs and declared dependencies, with no cycles; the modules that exist only in the
 * tests too.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AdelanteApplication.class,
			new ApplicationClasses());

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theModulesThatExistOnlyInTheTestsAreVerifiedWithoutTheirTests() {
		for (String name : ApplicationClasses.TEST_MODULES) {
			assertThat(this.modules.getModuleByName(name)).as(name)
				.hasValueSatisfying((module) -> assertThat(module.getBasePackage().stream()).isNotEmpty()
					.noneMatch((type) -> type.getSimpleName().endsWith("Tests")));
		}
	}

	@Test
	void moduleDocumentationNamesEveryModule() throws IOException {
		Path folder = Path.of("target", "module-documentation");
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		String overview = Files.readString(folder.resolve("components.puml"));
		for (ApplicationModule module : this.modules) {
			assertThat(overview).as("overview diagram").contains(module.getDisplayName());
			assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).as(module.getDisplayName())
				.isRegularFile();
		}
	}

}
