package org.adelante.organizations;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.adelante.shared.FieldProblems;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class OrganizationDetailsTests {

	@Test
	void textIsTrimmedBlankBecomesAbsentAndCountryUpperCase() {
		OrganizationDetails details = new OrganizationDetails("  Red  ", " ", "\thttps://red.example\n", "", null,
				"mx");
		assertThat(details.name()).isEqualTo("Red");
		assertThat(details.acronym()).isNull();
		assertThat(details.website()).isEqualTo("https://red.example");
		assertThat(details.city()).isNull();
		assertThat(details.country()).isEqualTo("MX");
		assertThat(details.problems().isEmpty()).isTrue();
	}

	@Test
	void everyFieldHasItsLimits() {
		OrganizationDetails details = new OrganizationDetails("n".repeat(201), "a".repeat(31),
				"https://x.example/" + "p".repeat(300), "c".repeat(101), "r".repeat(101), "XX");
		FieldProblems problems = details.problems();
		assertThat(problems.all()).containsOnlyKeys("name", "acronym", "website", "city", "region", "country");
		assertThat(problems.get("name").args()).containsExactly(OrganizationDetails.NAME_MAX);
		assertThat(problems.get("acronym").args()).containsExactly(OrganizationDetails.ACRONYM_MAX);
		assertThat(problems.get("website").args()).containsExactly(OrganizationDetails.WEBSITE_MAX);
		assertThat(problems.get("city").args()).containsExactly(OrganizationDetails.PLACE_MAX);
		assertThat(problems.get("region").args()).containsExactly(OrganizationDetails.PLACE_MAX);
		assertThat(problems.key("name")).isEqualTo("validation.tooLong");
		assertThat(problems.key("country")).isEqualTo("validation.choose");
	}

	@Test
	void theNameIsRequired() {
		assertThat(new OrganizationDetails(" ", null, null, null, null, null).problems().all())
			.containsOnlyKeys("name");
	}

	@Test
	void onlyAbsoluteHttpAddressesAreWebsites() {
		assertThat(website("https://example.org/a?b=c")).isTrue();
		assertThat(website("HTTP://example.org")).isTrue();
		assertThat(website("javascript:alert(1)")).isFalse();
		assertThat(website("example.org")).isFalse();
		assertThat(website("ftp://example.org")).isFalse();
		assertThat(website("https://")).isFalse();
		assertThat(website("https://exa mple.org")).isFalse();
		assertThat(website("data:text/html,<script>alert(1)</script>")).isFalse();
	}

	@Test
	void controlCharactersBecomeSpaces() {
		OrganizationDetails details = new OrganizationDetails("Red\nde\u0000Derechos", "R\tD", "https://red.example",
				"Ciudad\r\nde México", "Estado\u2028de México", "mx\n");

		assertThat(details.name()).isEqualTo("Red de Derechos");
		assertThat(details.acronym()).isEqualTo("R D");
		assertThat(details.city()).isEqualTo("Ciudad de México");
		assertThat(details.region()).isEqualTo("Estado de México");
		assertThat(details.country()).isEqualTo("MX");
	}

	@Test
	void everyFieldMayBeAsLongAsItsLimit() {
		OrganizationDetails details = new OrganizationDetails("n".repeat(OrganizationDetails.NAME_MAX),
				"a".repeat(OrganizationDetails.ACRONYM_MAX),
				"https://x.example/" + "p".repeat(OrganizationDetails.WEBSITE_MAX - 18),
				"c".repeat(OrganizationDetails.PLACE_MAX), "r".repeat(OrganizationDetails.PLACE_MAX), "MX");

		assertThat(details.problems().messageKeys()).isEmpty();
	}

	@Test
	void onlyTheNameIsRequired() {
		assertThat(new OrganizationDetails("Red", null, null, null, null, null).problems().messageKeys()).isEmpty();
	}

	@Test
	void theCountryIsAnIsoCode() {
		assertThat(country("mx")).isEmpty();
		assertThat(country("US")).isEmpty();
		assertThat(country("Mexico")).containsExactly(entry("country", "validation.choose"));
		assertThat(country("XX")).containsExactly(entry("country", "validation.choose"));
		assertThat(country("MEX")).containsExactly(entry("country", "validation.choose"));
	}

	@Test
	void aliasesAndDomainsAreCleanedAndEachKeptOnce() {
		OrganizationDetails details = new OrganizationDetails("Red", null, null, null, null, null, Scope.LOCAL,
				List.of(" Red Vieja ", "", "red vieja", "Red\tNueva"),
				List.of("Example.org", " ", "example.org", "www.example.org"), null, new byte[0], false);
		assertThat(details.aliases()).containsExactly("Red Vieja", "Red Nueva");
		assertThat(details.emailDomains()).containsExactly("Example.org", "www.example.org");
		assertThat(details.domainKeys()).containsExactly("example.org");
		assertThat(details.problems().isEmpty()).isTrue();
		assertThat(new OrganizationDetails("Red", null, null, null, null, null, null, null, null, null, null, false)
			.aliases()).isEmpty();
		assertThat(details.newLogo()).isNull();
	}

	@Test
	void aliasesAndDomainsHaveTheirLimits() {
		List<String> many = IntStream.rangeClosed(0, OrganizationDetails.ALIASES_MAX)
			.mapToObj((i) -> "Nombre " + i)
			.toList();
		List<String> manyDomains = IntStream.rangeClosed(0, OrganizationDetails.EMAIL_DOMAINS_MAX)
			.mapToObj((i) -> "d" + i + ".example")
			.toList();
		assertThat(details(many, List.of()).messageKeys())
			.containsExactly(entry("aliases", "organizations.error.aliases.tooMany"));
		assertThat(details(many.subList(0, OrganizationDetails.ALIASES_MAX), List.of()).isEmpty()).isTrue();
		assertThat(details(List.of(), manyDomains).messageKeys())
			.containsExactly(entry("emailDomains", "organizations.error.emailDomains.tooMany"));
		assertThat(details(List.of(), manyDomains.subList(0, OrganizationDetails.EMAIL_DOMAINS_MAX)).isEmpty())
			.isTrue();

		String longest = "n".repeat(OrganizationDetails.NAME_MAX);
		assertThat(details(List.of(longest), List.of()).isEmpty()).isTrue();
		FieldProblems tooLong = details(List.of("Corto", longest + "x"), List.of());
		assertThat(tooLong.key("aliases")).isEqualTo("organizations.error.aliases.tooLong");
		assertThat(tooLong.get("aliases").args()).containsExactly(OrganizationDetails.NAME_MAX, "n".repeat(60) + "…");
	}

	@Test
	void domainsMustBeDomainsOfTheOrganisationsOwn() {
		assertThat(details(List.of(), List.of("example.org", "not a domain")).get("emailDomains"))
			.satisfies((problem) -> {
				assertThat(problem.messageKey()).isEqualTo("organizations.error.emailDomains.invalid");
				assertThat(problem.args()).containsExactly("not a domain");
			});
		assertThat(details(List.of(), List.of("<script>alert(1)</script>")).key("emailDomains"))
			.isEqualTo("organizations.error.emailDomains.invalid");
		assertThat(details(List.of(), List.of("Gmail.com")).get("emailDomains")).satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("organizations.error.emailDomains.freeMail");
			assertThat(problem.args()).containsExactly("Gmail.com");
		});
		assertThat(details(List.of(), List.of("yahoo.com.mx")).key("emailDomains"))
			.isEqualTo("organizations.error.emailDomains.freeMail");
	}

	private static FieldProblems details(List<String> aliases, List<String> domains) {
		return new OrganizationDetails("Red", null, null, null, null, null, null, aliases, domains, null, null, false)
			.problems();
	}

	private static Map<String, String> country(String country) {
		return new OrganizationDetails("Red", null, null, null, null, country).problems().messageKeys();
	}

	private static boolean website(String url) {
		return new OrganizationDetails("Name", null, url, null, null, null).problems().isEmpty();
	}

}
