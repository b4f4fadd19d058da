package org.adelante.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * One module alone (the test class's package) with the shared building blocks, on the
 * same database as {@link AdelanteIntegrationTest}, with a movable clock: for a module's
 * own behaviour and the events it publishes, without the modules that depend on it. Tests
 * can take Spring Modulith's {@code PublishedEvents} and {@code Scenario} as parameters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ContextConfiguration(initializers = TestInfrastructure.class)
public @interface AdelanteModuleTest {

}
