package org.adelante.organizations;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class OwnOrganizationDetailsTests {

	@Test
	void textIsTrimmedAndTheBoilerplateGetsUnixLineEndings() {
		OwnOrganizationDetails details = new OwnOrganizationDetails("  Adelante ", " https://adelante.example ",
				"\r\nAbout us.\r\nWe organise.\r", " ", " America/Phoenix ", null, false);

		assertThat(details.name()).isEqualTo("Adelante");
		assertThat(details.website()).isEqualTo("https://adelante.example");
		assertThat(details.boilerplateEn()).isEqualTo("About us.\nWe organise.");
		assertThat(details.boilerplateEs()).isEmpty();
		assertThat(details.timeZone()).isEqualTo("America/Phoenix");
		assertThat(details.problems()).isEmpty();
	}

	@Test
	void missingTextIsMissingAndAMissingBoilerplateIsEmpty() {
		OwnOrganizationDetails details = new OwnOrganizationDetails(" ", "", null, null, null, null, false);

		assertThat(details.name()).isNull();
		assertThat(details.website()).isNull();
		assertThat(details.boilerplateEn()).isEmpty();
		assertThat(details.boilerplateEs()).isEmpty();
		assertThat(details.timeZone()).isNull();
	}

	@Test
	void anEmptyUploadIsNoNewLogo() {
		assertThat(details("Adelante", null, "UTC", new byte[0]).newLogo()).isNull();
		assertThat(details("Adelante", null, "UTC", new byte[] { 1 }).newLogo()).containsExactly(1);
	}

	@Test
	void theNameIsRequiredAndLimited() {
		assertThat(details(null, null, "UTC", null).problems())
			.containsExactly(entry("name", "organizations.error.name.required"));
		assertThat(details("n".repeat(OrganizationDetails.NAME_MAX), null, "UTC", null).problems()).isEmpty();
		assertThat(details("n".repeat(OrganizationDetails.NAME_MAX + 1), null, "UTC", null).problems())
			.containsExactly(entry("name", "organizations.error.name.tooLong"));
	}

	@Test
	void theWebsiteMustBeAnAbsoluteWebAddressOfLimitedLength() {
		assertThat(details("Adelante", "http://adelante.example/about", "UTC", null).problems()).isEmpty();
		assertThat(details("Adelante", "adelante.example", "UTC", null).problems())
			.containsExactly(entry("website", "organizations.error.website.invalid"));
		assertThat(details("Adelante", "javascript:alert(1)", "UTC", null).problems())
			.containsExactly(entry("website", "organizations.error.website.invalid"));
		String tooLong = "https://adelante.example/" + "a".repeat(OrganizationDetails.WEBSITE_MAX);
		assertThat(details("Adelante", tooLong, "UTC", null).problems())
			.containsExactly(entry("website", "organizations.error.website.tooLong"));
	}

	@Test
	void eachBoilerplateIsLimited() {
		String longest = "b".repeat(OwnOrganizationDetails.BOILERPLATE_MAX);
		assertThat(new OwnOrganizationDetails("Adelante", null, longest, longest, "UTC", null, false).problems())
			.isEmpty();
		assertThat(new OwnOrganizationDetails("Adelante", null, longest + "b", longest + "b", "UTC", null, false)
			.problems()).containsExactly(entry("boilerplateEn", "organizations.error.boilerplate.tooLong"),
					entry("boilerplateEs", "organizations.error.boilerplate.tooLong"));
	}

	@Test
	void theTimeZoneMustBeAKnownOne() {
		assertThat(details("Adelante", null, "Mars/Olympus_Mons", null).problems())
			.containsExactly(entry("timeZone", "organizations.error.timeZone.invalid"));
		assertThat(details("Adelante", null, null, null).problems())
			.containsExactly(entry("timeZone", "organizations.error.timeZone.invalid"));
	}

	@Test
	void aNewLogoMustBeAnImage() throws IOException {
		assertThat(details("Adelante", null, "UTC", LogoImagesTests.image("png")).problems()).isEmpty();
		assertThat(details("Adelante", null, "UTC", "<svg/>".getBytes()).problems())
			.containsExactly(entry("logo", "organizations.error.logo.type"));
	}

	@Test
	void everyProblemIsListedInTheOrderOfTheFields() {
		assertThat(details(null, "nowhere", "Nowhere/Else", "GIF89a".getBytes()).problems().keySet())
			.containsExactly("name", "website", "timeZone", "logo");
	}

	@Test
	void refusedDetailsKeepTheirProblemsInOrder() {
		Map<String, String> problems = new LinkedHashMap<>();
		problems.put("name", "organizations.error.name.required");
		problems.put("website", "organizations.error.website.invalid");

		InvalidOrganizationDetails refused = new InvalidOrganizationDetails(problems);
		problems.clear();

		assertThat(refused.problems()).containsExactly(entry("name", "organizations.error.name.required"),
				entry("website", "organizations.error.website.invalid"));
		assertThat(refused.getMessage()).contains("name", "website");
	}

	private static OwnOrganizationDetails details(String name, String website, String timeZone, byte[] logo) {
		return new OwnOrganizationDetails(name, website, "About us.", "Quiénes somos.", timeZone, logo, false);
	}

}
