package org.adelante.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port with the test profile, a movable clock, a real
 * SMTP server and H2 (or PostgreSQL, see {@link TestInfrastructure}), with
 * {@link WebSessions} to open HTTP sessions against it, and Spring Modulith's
 * {@code Scenario} for tests of what modules do on each other's events. Every integration
 * and journey test uses exactly this, so the application starts once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, WebSessions.class })
@ContextConfiguration(initializers = TestInfrastructure.class)
@EnableScenarios
public @interface AdelanteIntegrationTest {

}
