package org.adelante;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house rules of STYLE.md that a compiler cannot check.
 */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("org.adelante");

	@Test
	void timeComesFromTheInjectedClock() {
		ArchRule rule = noClasses().should()
			.callMethod(java.time.Instant.class, "now")
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now")
			.orShould()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.ZonedDateTime.class, "now")
			.orShould()
			.callMethod(System.class, "currentTimeMillis")
			.because("scheduling and embargo tests move an injected Clock");
		rule.check(this.classes);
	}

	@Test
	void repositoriesStayInsideTheirModule() {
		ArchRule rule = classes().that()
			.areAnnotatedWith(Repository.class)
			.should()
			.notBePublic()
			.andShould()
			.haveSimpleNameEndingWith("Repository")
			.because("modules share data only through their APIs");
		rule.check(this.classes);
	}

	@Test
	void controllersDoNotTouchSqlOrRepositories() {
		ArchRule rule = noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Repository.class)
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.because("controllers are thin: HTTP in, a call on the module API, HTTP out");
		rule.check(this.classes);
	}

	@Test
	void dependenciesAreInjectedThroughConstructors() {
		ArchRule rule = fields().should()
			.notBeAnnotatedWith(Autowired.class)
			.because("constructor injection keeps dependencies explicit");
		rule.check(this.classes);
	}

}
