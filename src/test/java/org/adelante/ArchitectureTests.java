package org.adelante;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules of STYLE.md that a compiler cannot check.
 */
class ArchitectureTests {

	/**
	 * A module's web layer or internals: {@code org.adelante.<module>.web} or
	 * {@code .internal}.
	 */
	private static final Pattern HIDDEN = Pattern
		.compile("org\\.adelante\\.(\\w+)\\.(?:\\w+\\.)*(?:web|internal)(?:\\..*)?");

	/**
	 * The application's classes, and those of the modules that exist only in the tests.
	 */
	private final JavaClasses classes = new ClassFileImporter().withImportOption(new ApplicationClasses())
		.importPackages("org.adelante");

	private static String module(String packageName) {
		String[] parts = packageName.split("\\.");
		return (parts.length > 2) ? parts[2] : "";
	}

	@Test
	void theRulesJudgeTheModulesThatExistOnlyInTheTestsButNoTests() {
		for (String module : ApplicationClasses.TEST_MODULES) {
			assertThat(this.classes.stream().map(JavaClass::getPackageName)).as(module)
				.contains("org.adelante." + module);
		}
		assertThat(this.classes.stream().map(JavaClass::getSimpleName)).isNotEmpty()
			.noneMatch((name) -> name.endsWith("Tests"));
	}

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
	void noModuleUsesAnotherModulesWebOrInternalPackages() {
		ArchRule rule = classes()
			.should(new ArchCondition<JavaClass>("use only their own module's web and internal packages") {
				@Override
				public void check(JavaClass origin, ConditionEvents events) {
					String from = module(origin.getPackageName());
					for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
						String target = dependency.getTargetClass().getPackageName();
						Matcher matcher = HIDDEN.matcher(target);
						if (matcher.matches() && !matcher.group(1).equals(from) && !matcher.group(1).equals("shared")) {
							events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
						}
					}
				}
			})
			.because("a module's web layer and internals are its own; others use its API or its events");
		rule.check(this.classes);
	}

	@Test
	void invalidInputIsReportedOnlyThroughFieldProblems() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackage("org.adelante.shared")
			.should()
			.haveSimpleNameEndingWith("Errors")
			.orShould()
			.haveSimpleNameEndingWith("Problems")
			.orShould()
			.haveSimpleNameStartingWith("Invalid")
			.because("one form-error type goes from the domain to the template: shared.FieldProblems");
		rule.check(this.classes);
	}

	@Test
	void noExceptionOutsideSharedCarriesItsOwnMapOfProblems() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackage("org.adelante.shared")
			.and()
			.areAssignableTo(Throwable.class)
			.should(new ArchCondition<JavaClass>("carry a map") {
				@Override
				public void check(JavaClass exception, ConditionEvents events) {
					for (JavaField field : exception.getAllFields()) {
						if (field.getRawType().isAssignableTo(Map.class)) {
							events.add(SimpleConditionEvent.satisfied(exception,
									exception.getName() + " carries the map " + field.getName()));
						}
					}
				}
			})
			.because("an exception for invalid input carries shared.FieldProblems (FieldProblems.InvalidInput),"
					+ " not its own field-to-message map");
		rule.check(this.classes);
	}

	@Test
	void noModuleReportsInvalidInputThroughSpringOrBeanValidationErrors() {
		ArchRule rule = noClasses().should()
			.dependOnClassesThat()
			.areAssignableTo(Errors.class)
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("jakarta.validation..")
			.because("one form-error type goes from the domain to the template: shared.FieldProblems,"
					+ " not binding results or constraint violations");
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
