package org.adelante.organizations;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.web.SiteIdentity;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@AdelanteIntegrationTest
@RecordApplicationEvents
class OwnOrganizationIntegrationTests {

	@Autowired
	Organizations organizations;

	@Autowired
	SiteIdentity site;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	ApplicationEvents events;

	@RegisterExtension
	final RestoreOwnOrganization own = new RestoreOwnOrganization();

	@Test
	void theSiteIsNamedAfterOurOrganisationAndShowsDatesInItsZone() {
		String name = "Colectivo " + Unique.word();
		this.organizations.updateOwn(new OwnOrganizationDetails(name, "https://colectivo.example", "About us.",
				"Quiénes somos.", "America/Phoenix", null, false));

		assertThat(this.events.stream(OwnOrganizationChanged.class))
			.anySatisfy((changed) -> assertThat(changed.name()).isEqualTo(name))
			.anySatisfy((changed) -> assertThat(changed.zone()).isEqualTo("America/Phoenix"));
		assertThat(this.site.siteName(Locale.ENGLISH)).isEqualTo(name);
		assertThat(this.site.zone()).isEqualTo(ZoneId.of("America/Phoenix"));
		OwnOrganization own = this.organizations.ownOrganization();
		assertThat(own.website()).isEqualTo("https://colectivo.example");
		assertThat(own.boilerplate(Locale.ENGLISH)).isEqualTo("About us.");
		assertThat(own.boilerplate(Locale.forLanguageTag("es-MX"))).isEqualTo("Quiénes somos.");
		assertThat(own.updatedAt()).isCloseTo(this.clock.instant(), org.assertj.core.api.Assertions
			.within(Duration.ofSeconds(5).toMillis(), java.time.temporal.ChronoUnit.MILLIS));
	}

	@Test
	void invalidSettingsAreRefusedAndTheOldOnesKept() {
		assertThatExceptionOfType(FieldProblems.InvalidInput.class)
			.isThrownBy(() -> this.organizations.updateOwn(new OwnOrganizationDetails("", "javascript:alert(1)",
					"x".repeat(4001), "", "Mars/Olympus_Mons", "not an image".getBytes(), false)))
			.satisfies((ex) -> assertThat(ex.problems().all()).containsOnlyKeys("name", "website", "boilerplateEn",
					"timeZone", "logo"));
		assertThat(this.organizations.ownOrganization()).isEqualTo(this.own.original());
	}

	@Test
	void aChangeMadeByAnotherNodeShowsOnceTheCachedCopyExpires() {
		this.own.restore();
		this.organizations.ownOrganization();
		String elsewhere = "Changed elsewhere " + Unique.word();
		this.jdbc.sql("update own_organization set name = :name").param("name", elsewhere).update();

		assertThat(this.organizations.ownOrganization().name()).isEqualTo(this.own.original().name());
		this.clock.advance(Organizations.OWN_CACHE_TIME.plusSeconds(1));
		assertThat(this.organizations.ownOrganization().name()).isEqualTo(elsewhere);
	}

}
