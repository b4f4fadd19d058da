package org.adelante.organizations;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MultipartForm;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff give an organisation other names, email domains, a scope, a sector and a logo in
 * its form; what the form cannot accept comes back with a message next to its field, the
 * rest kept, and nothing stored changes.
 */
@AdelanteIntegrationTest
class OrganizationAdmin_DetailsIntegrationTests {

	private static final Pattern LOGO_URL = Pattern.compile("src=\"(/organizations/\\d+/logo\\?v=[0-9a-f]{16})\"");

	@Autowired
	WebSessions web;

	@Autowired
	Organizations organizations;

	@Autowired
	Sectors sectors;

	@Test
	void otherNamesDomainsScopeAndSectorAreSavedAndShown() {
		String word = Unique.word();
		Sector sector = this.sectors.add("Derechos humanos " + word);
		Organization organization = create("Red Fronteriza " + word);
		WebSession organiser = this.web.signedIn(Role.ORGANISER);

		organiser.openForm("/admin/organizations/" + organization.id());
		Map<String, String> fields = fields("Red Fronteriza " + word);
		fields.put("aliases", "Frontera Justa " + word + "\r\n\r\nRed de la Frontera " + word + "\n");
		fields.put("emailDomains", "WWW." + word + ".example\nmx." + word + ".example");
		fields.put("scope", "REGIONAL");
		fields.put("sector", String.valueOf(sector.id()));
		HttpResponse<String> saved = organiser.post("/admin/organizations/" + organization.id(), form(fields));
		assertThat(saved.statusCode()).isEqualTo(302);

		assertThat(this.organizations.get(organization.id())).satisfies((updated) -> {
			assertThat(updated.aliases()).containsExactly("Frontera Justa " + word, "Red de la Frontera " + word);
			assertThat(updated.emailDomains()).containsExactly(word + ".example", "mx." + word + ".example");
			assertThat(updated.scope()).isEqualTo(Scope.REGIONAL);
			assertThat(updated.sector()).isEqualTo(sector);
		});
		String page = organiser.get("/admin/organizations/" + organization.id()).body();
		assertThat(page).contains(">Frontera Justa " + word + "\nRed de la Frontera " + word + "</textarea>")
			.contains("<option value=\"REGIONAL\" selected>State or regional</option>")
			.contains("<option value=\"" + sector.id() + "\" selected>Derechos humanos " + word + "</option>");
		String list = organiser.get("/admin/organizations?q=frontera+justa+" + word).body();
		assertThat(list).contains("Red Fronteriza " + word)
			.contains("State or regional")
			.contains("Derechos humanos " + word);
		assertThat(organiser.language("es").get("/admin/organizations?q=" + word).body())
			.contains("Estatal o regional");
	}

	@Test
	void badOtherNamesDomainsScopesAndSectorsAreRefusedWithMessages() {
		String word = Unique.word();
		Organization organization = create("Colectivo " + word);
		WebSession editor = this.web.signedIn(Role.EDITOR);
		Map<String, String> fields = fields("Colectivo " + word);
		String longAlias = "Antiguo " + word + "n".repeat(OrganizationDetails.NAME_MAX);
		fields.put("aliases", "Bueno " + word + "\n" + longAlias);
		fields.put("emailDomains", "colectivo.example\ngmail.com");
		fields.put("scope", "GALACTIC");
		fields.put("sector", "999999999");

		HttpResponse<String> refused = editor.post("/admin/organizations/" + organization.id(), form(fields));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body())
			.contains("<a href=\"#aliases\">Each other name may be at most 200 characters; “Antiguo " + word)
			.contains("<a href=\"#emailDomains\">“gmail.com” is a free email or internet service")
			.contains("<a href=\"#scope\">Please choose one of the options.</a>")
			.contains(">Bueno " + word + "\n" + longAlias + "</textarea>");
		assertThat(this.organizations.get(organization.id())).isEqualTo(organization);

		fields.put("aliases", "");
		fields.put("emailDomains", "<script>alert(1)</script>");
		fields.put("scope", "");
		HttpResponse<String> badDomain = editor.post("/admin/organizations/" + organization.id(), form(fields));
		assertThat(badDomain.statusCode()).isEqualTo(400);
		assertThat(badDomain.body()).contains("“&lt;script&gt;alert(1)&lt;/script&gt;” is not a domain.")
			.contains("<a href=\"#sector\">Please choose one of the options.</a>")
			.doesNotContain("<script>alert(1)");
		assertThat(this.organizations.get(organization.id())).isEqualTo(organization);

		fields.put("emailDomains", "exa\u200Bmple.org");
		fields.put("sector", "not a number");
		HttpResponse<String> control = editor.language("es")
			.post("/admin/organizations/" + organization.id(), form(fields));
		assertThat(control.statusCode()).isEqualTo(400);
		assertThat(control.body()).contains("no es un dominio").contains("Elija una de las opciones.");
		assertThat(this.organizations.get(organization.id())).isEqualTo(organization);
	}

	@Test
	void scriptAndControlCharactersInOtherNamesAreStoredAsTextAndShownEscaped() {
		String word = Unique.word();
		Organization organization = create("Colectivo " + word);
		WebSession editor = this.web.signedIn(Role.EDITOR);
		Map<String, String> fields = fields("Colectivo " + word);
		fields.put("aliases", "<script>alert('" + word + "')</script>\nRed\u0000de\u0007" + word);
		assertThat(editor.post("/admin/organizations/" + organization.id(), form(fields)).statusCode()).isEqualTo(302);

		assertThat(this.organizations.get(organization.id()).aliases())
			.containsExactly("<script>alert('" + word + "')</script>", "Red de " + word);
		assertThat(editor.get("/admin/organizations/" + organization.id()).body()).doesNotContain("<script>alert")
			.contains("&lt;script&gt;alert(");
	}

	@Test
	void aLogoIsUploadedServedPubliclyWithCacheHeadersAndRemoved() throws Exception {
		String word = Unique.word();
		Organization organization = create("Colectivo " + word);
		WebSession editor = this.web.signedIn(Role.EDITOR);
		byte[] png = LogoImagesTests.image("png");

		editor.openForm("/admin/organizations/" + organization.id());
		HttpResponse<String> saved = editor.post("/admin/organizations/" + organization.id(),
				multipart(fields("Colectivo " + word)).file("logo", "logo.png", "image/png", png));
		assertThat(saved.statusCode()).isEqualTo(302);

		assertThat(this.organizations.get(organization.id()).hasLogo()).isTrue();
		Matcher url = LOGO_URL.matcher(editor.get("/admin/organizations/" + organization.id()).body());
		assertThat(url.find()).isTrue();
		assertThat(url.group(1)).isEqualTo(this.organizations.get(organization.id()).logoUrl());
		WebSession visitor = this.web.anonymous();
		HttpResponse<byte[]> logo = visitor.getBytes(url.group(1));
		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.body()).isEqualTo(png);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(logo.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");
		String etag = logo.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).isEqualTo("\"" + LogoImages.hash(png) + "\"");
		HttpResponse<byte[]> unversioned = visitor.getBytes("/organizations/" + organization.id() + "/logo");
		assertThat(unversioned.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
		assertThat(
				visitor.getBytes("/organizations/" + organization.id() + "/logo", "If-None-Match", etag).statusCode())
			.isEqualTo(304);

		HttpResponse<String> kept = editor.post("/admin/organizations/" + organization.id(),
				form(fields("Colectivo " + word + " renombrado")));
		assertThat(kept.statusCode()).isEqualTo(302);
		assertThat(visitor.getBytes(url.group(1)).body()).isEqualTo(png);

		Map<String, String> removing = fields("Colectivo " + word);
		removing.put("removeLogo", "true");
		assertThat(editor.post("/admin/organizations/" + organization.id(), form(removing)).statusCode())
			.isEqualTo(302);
		assertThat(this.organizations.get(organization.id()).hasLogo()).isFalse();
		assertThat(visitor.getBytes("/organizations/" + organization.id() + "/logo").statusCode()).isEqualTo(404);
	}

	@Test
	void aLogoThatIsNoImageOrTooLargeIsRefusedAndNothingIsSaved() {
		String word = Unique.word();
		Organization organization = create("Colectivo " + word);
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String name = "Not saved " + word;

		HttpResponse<String> text = editor.post("/admin/organizations/" + organization.id(), multipart(fields(name))
			.file("logo", "logo.png", "image/png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
		assertThat(text.statusCode()).isEqualTo(400);
		assertThat(text.body()).contains("The logo must be a PNG, JPEG or WebP image")
			.contains("aria-invalid=\"true\" aria-describedby=\"logo-hint logo-error\"")
			.contains("value=\"" + name + "\"");

		byte[] big = new byte[OwnOrganizationDetails.LOGO_MAX_BYTES + 1];
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 0, big, 0, 8);
		HttpResponse<String> large = editor.post("/admin/organizations/" + organization.id(),
				multipart(fields(name)).file("logo", "big.png", "image/png", big));
		assertThat(large.statusCode()).isEqualTo(400);
		assertThat(large.body()).contains("The logo may be at most 1 MB.");
		assertThat(this.organizations.get(organization.id())).isEqualTo(organization);
	}

	@Test
	void anOrganisationWithoutALogoHasNone() {
		Organization organization = create("Colectivo " + Unique.word());
		assertThat(this.web.anonymous().getBytes("/organizations/" + organization.id() + "/logo").statusCode())
			.isEqualTo(404);
		assertThat(this.web.anonymous().getBytes("/organizations/999999999/logo").statusCode()).isEqualTo(404);
	}

	private Organization create(String name) {
		return this.organizations.create(new OrganizationDetails(name, null, null, null, null, null));
	}

	private static Map<String, String> fields(String name) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("acronym", "");
		fields.put("website", "");
		fields.put("city", "");
		fields.put("region", "");
		fields.put("country", "");
		return fields;
	}

	private static String[] form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.flatMap((field) -> java.util.stream.Stream.of(field.getKey(), field.getValue()))
			.toArray(String[]::new);
	}

	private static MultipartForm multipart(Map<String, String> fields) {
		return new MultipartForm().fields(form(fields));
	}

}
