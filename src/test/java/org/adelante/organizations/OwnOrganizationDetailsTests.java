package org.adelante.organizations;

import java.io.IOException;

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
		assertThat(details.problems().messageKeys()).isEmpty();
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
		assertThat(details(null, null, "UTC", null).problems().messageKeys())
			.containsExactly(entry("name", "validation.required"));
		assertThat(details("n".repeat(OrganizationDetails.NAME_MAX), null, "UTC", null).problems().messageKeys())
			.isEmpty();
		assertThat(details("n".repeat(OrganizationDetails.NAME_MAX + 1), null, "UTC", null).problems().messageKeys())
			.containsExactly(entry("name", "validation.tooLong"));
	}

	@Test
	void theWebsiteMustBeAnAbsoluteWebAddressOfLimitedLength() {
		assertThat(details("Adelante", "http://adelante.example/about", "UTC", null).problems().messageKeys())
			.isEmpty();
		assertThat(details("Adelante", "adelante.example", "UTC", null).problems().messageKeys())
			.containsExactly(entry("website", "validation.url"));
		assertThat(details("Adelante", "javascript:alert(1)", "UTC", null).problems().messageKeys())
			.containsExactly(entry("website", "validation.url"));
		String tooLong = "https://adelante.example/" + "a".repeat(OrganizationDetails.WEBSITE_MAX);
		assertThat(details("Adelante", tooLong, "UTC", null).problems().messageKeys())
			.containsExactly(entry("website", "validation.tooLong"));
	}

	@Test
	void eachBoilerplateIsLimited() {
		String longest = "b".repeat(OwnOrganizationDetails.BOILERPLATE_MAX);
		assertThat(new OwnOrganizationDetails("Adelante", null, longest, longest, "UTC", null, false).problems()
			.messageKeys()).isEmpty();
		assertThat(new OwnOrganizationDetails("Adelante", null, longest + "b", longest + "b", "UTC", null, false)
			.problems()
			.messageKeys()).containsExactly(entry("boilerplateEn", "validation.tooLong"),
					entry("boilerplateEs", "validation.tooLong"));
	}

	@Test
	void theTimeZoneMustBeAKnownOne() {
		assertThat(details("Adelante", null, "Mars/Olympus_Mons", null).problems().messageKeys())
			.containsExactly(entry("timeZone", "validation.choose"));
		assertThat(details("Adelante", null, null, null).problems().messageKeys())
			.containsExactly(entry("timeZone", "validation.choose"));
	}

	@Test
	void aNewLogoMustBeAnImage() throws IOException {
		assertThat(details("Adelante", null, "UTC", LogoImagesTests.image("png")).problems().messageKeys()).isEmpty();
		assertThat(details("Adelante", null, "UTC", "<svg/>".getBytes()).problems().messageKeys())
			.containsExactly(entry("logo", "organizations.error.logo.type"));
	}

	@Test
	void everyProblemIsListedInTheOrderOfTheFields() {
		assertThat(details(null, "nowhere", "Nowhere/Else", "GIF89a".getBytes()).problems().messageKeys().keySet())
			.containsExactly("name", "website", "timeZone", "logo");
	}

	@Test
	void controlCharactersInTheNameBecomeSpaces() {
		OwnOrganizationDetails details = new OwnOrganizationDetails("Adelante\nColectivo\u0000", null, "", "", "UTC\t",
				null, false);

		assertThat(details.name()).isEqualTo("Adelante Colectivo");
		assertThat(details.timeZone()).isEqualTo("UTC");
	}

	@Test
	void theBoilerplateKeepsItsLinesAndTabsButNoOtherControlCharacters() {
		OwnOrganizationDetails details = new OwnOrganizationDetails("Adelante", null,
				"About\u0000 us.\n\n\tWe\u0007 organise.", "Quiénes\u001b somos.\r\rSomos.", "UTC", null, false);

		assertThat(details.boilerplateEn()).isEqualTo("About us.\n\n\tWe organise.");
		assertThat(details.boilerplateEs()).isEqualTo("Quiénes somos.\n\nSomos.");
	}

	@Test
	void theBoilerplateIsMeasuredInCharacters() {
		String emoji = "😀".repeat(OwnOrganizationDetails.BOILERPLATE_MAX);

		assertThat(
				new OwnOrganizationDetails("Adelante", null, emoji, emoji, "UTC", null, false).problems().messageKeys())
			.isEmpty();
	}

	@Test
	void removingTheLogoIsKept() {
		assertThat(new OwnOrganizationDetails("Adelante", null, "", "", "UTC", null, true).removeLogo()).isTrue();
		assertThat(new OwnOrganizationDetails("Adelante", null, "", "", "UTC", null, false).removeLogo()).isFalse();
	}

	private static OwnOrganizationDetails details(String name, String website, String timeZone, byte[] logo) {
		return new OwnOrganizationDetails(name, website, "About us.", "Quiénes somos.", timeZone, logo, false);
	}

}
