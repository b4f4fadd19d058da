package org.adelante.organizations;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnOrganizationTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

	@Test
	void theBoilerplateIsInTheReadersLanguage() {
		OwnOrganization own = own("About us.", "Quiénes somos.");
		assertThat(own.boilerplate(Locale.ENGLISH)).isEqualTo("About us.");
		assertThat(own.boilerplate(SPANISH)).isEqualTo("Quiénes somos.");
	}

	@Test
	void anEmptyLanguageFallsBackToTheOther() {
		assertThat(own("About us.", " ").boilerplate(SPANISH)).isEqualTo("About us.");
		assertThat(own("", "Quiénes somos.").boilerplate(Locale.ENGLISH)).isEqualTo("Quiénes somos.");
		assertThat(own(null, null).boilerplate(Locale.ENGLISH)).isEmpty();
	}

	@Test
	void otherLanguagesReadTheEnglishBoilerplate() {
		assertThat(own("About us.", "Quiénes somos.").boilerplate(Locale.FRENCH)).isEqualTo("About us.");
	}

	@Test
	void anOrganisationIsNamedWithItsAcronymAndPlacedByWhatIsKnown() {
		Organization full = new Organization(1, "Red Fronteriza", "RF", null, "Nogales", "Sonora", "MX",
				Scope.REGIONAL);
		assertThat(full.displayName()).isEqualTo("Red Fronteriza (RF)");
		assertThat(full.place()).isEqualTo("Nogales, Sonora, Mexico");
		assertThat(full.place(SPANISH)).isEqualTo("Nogales, Sonora, México");

		Organization sparse = new Organization(2, "Colectivo", null, null, null, null, "US", null);
		assertThat(sparse.displayName()).isEqualTo("Colectivo");
		assertThat(sparse.place()).isEqualTo("United States");
		assertThat(new Organization(3, "Nadie", null, null, null, null, null, null).place()).isEmpty();
	}

	private static OwnOrganization own(String english, String spanish) {
		return new OwnOrganization("Adelante", null, false, null, english, spanish, ZoneId.of("UTC"), Instant.EPOCH);
	}

}
