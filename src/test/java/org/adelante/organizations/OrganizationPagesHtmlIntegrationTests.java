package org.adelante.organizations;

import java.net.http.HttpResponse;
import java.util.List;

import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.MultipartForm;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin page of the registry, with and without error messages, is valid HTML in
 * both languages.
 */
@AdelanteIntegrationTest
class OrganizationPagesHtmlIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Organizations organizations;

	@Autowired
	Sectors sectors;

	@Test
	void registryPagesAreValidHtml() throws Exception {
		String word = Unique.word();
		Sector sector = this.sectors.add("Sector " + word);
		Organization organization = this.organizations.create(new OrganizationDetails("Red " + word, "RW",
				"https://" + word + ".example", "Tucson", "Arizona", "US", Scope.LOCAL, List.of("Antigua " + word),
				List.of(word + ".org"), sector.id(), LogoImagesTests.image("png"), false));
		Organization twin = this.organizations
			.create(new OrganizationDetails("La Red " + word + " (RW)", null, null, null, null, "MX"));
		String merge = "/admin/organizations/" + organization.id() + "/merge";
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		for (String language : new String[] { "en", "es" }) {
			organiser.language(language);
			valid(organiser.get("/admin/organizations"), 200);
			valid(organiser.get("/admin/organizations?q=" + word), 200);
			valid(organiser.get("/admin/organizations/new"), 200);
			valid(organiser.post("/admin/organizations", "name", "", "emailDomains", "gmail.com", "scope", "X"), 400);
			valid(organiser.post("/admin/organizations", "name", "Antigua " + word), 200);
			valid(organiser.get("/admin/organizations/" + organization.id()), 200);
			valid(organiser.post("/admin/organizations/" + organization.id(),
					new MultipartForm().fields("name", "Red " + word, "aliases", "x".repeat(201), "sector", "x")
						.file("logo", "logo.png", "image/png", new byte[] { 1, 2, 3 })),
					400);
			valid(organiser.get(merge), 200);
			valid(organiser.get(merge + "?q=" + word), 200);
			valid(organiser.get(merge + "?q=nothing" + word), 200);
			valid(organiser.get(merge + "?other=" + organization.id()), 400);
			valid(organiser.get(merge + "?other=" + twin.id()), 200);
			valid(organiser.post(merge, "other", String.valueOf(twin.id()), "keep", "1"), 400);
			valid(organiser.post(merge, "other", "", "keep", ""), 400);
			valid(organiser.get("/admin/organizations/sectors"), 200);
			valid(organiser.post("/admin/organizations/sectors", "name", ""), 400);
			valid(organiser.get("/admin/organizations/sectors/" + sector.id()), 200);
			valid(organiser.post("/admin/organizations/sectors/" + sector.id(), "name", "x".repeat(101)), 400);
		}
	}

	private static void valid(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
		assertThat(HtmlChecker.errors(response.body())).as(response.uri() + " is valid HTML").isEmpty();
	}

}
