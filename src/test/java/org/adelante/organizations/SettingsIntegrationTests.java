package org.adelante.organizations;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.accounts.AuditLog;
import org.adelante.shared.security.Role;
import org.adelante.shared.web.SiteIdentity;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MultipartForm;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AdelanteIntegrationTest
class SettingsIntegrationTests {

	private static final Pattern LOGO_URL = Pattern.compile("src=\"(/organization/logo\\?v=[0-9a-f]+)\"");

	@Autowired
	WebSessions web;

	@Autowired
	Organizations organizations;

	@Autowired
	SiteIdentity site;

	@Autowired
	AuditLog audit;

	@RegisterExtension
	final RestoreOwnOrganization own = new RestoreOwnOrganization();

	@Test
	void changingOurNameAndZoneChangesThePublicHeaderAndTheDatesShown() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String name = "Colectivo Sol " + Unique.word();

		editor.openForm("/admin/settings");
		HttpResponse<String> saved = editor.post("/admin/settings",
				form(settings(name, "https://sol.example", "Asia/Tokyo")));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/settings?saved"));

		String login = this.web.anonymous().get("/login").body();
		assertThat(login).contains("<a class=\"site-name\" href=\"/\">" + name + "</a>")
			.contains("<title>Staff sign-in · " + name + "</title>");
		assertThat(this.site.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
		String page = editor.get("/admin/settings?saved").body();
		assertThat(page).contains("Your organisation’s settings have been saved.")
			.contains("<option value=\"Asia/Tokyo\" selected>")
			.containsPattern("Last changed: .* JST");
		await().untilAsserted(() -> assertThat(this.audit.page(1, 20).items()).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("organization.own.updated");
			assertThat(entry.summary()).isEqualTo(name);
		}));
	}

	@Test
	void theDashboardLinkLeadsToTheSettings() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		HttpResponse<String> response = editor.get("/admin/settings/organization");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/settings"));
	}

	@Test
	void aRealPngLogoIsServedPubliclyWithAnEntityTag() throws Exception {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		byte[] png = LogoImagesTests.image("png");
		editor.openForm("/admin/settings");
		HttpResponse<String> saved = editor.post("/admin/settings",
				form(settings(this.own.original().name(), "", "UTC")).file("logo", "logo.png", "image/png", png));
		assertThat(saved.statusCode()).isEqualTo(302);

		Matcher logoUrl = LOGO_URL.matcher(editor.get("/admin/settings").body());
		assertThat(logoUrl.find()).isTrue();
		WebSession visitor = this.web.anonymous();
		HttpResponse<byte[]> logo = visitor.getBytes("/organization/logo");
		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.body()).isEqualTo(png);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(logo.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
		String etag = logo.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).isEqualTo("\"" + LogoImages.hash(png) + "\"");

		HttpResponse<byte[]> notModified = visitor.getBytes("/organization/logo", "If-None-Match", etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);

		HttpResponse<byte[]> versioned = visitor.getBytes(logoUrl.group(1));
		assertThat(versioned.statusCode()).isEqualTo(200);
		assertThat(versioned.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public");

		HttpResponse<String> removed = editor.post("/admin/settings",
				form(withRemoveLogo(settings(this.own.original().name(), "", "UTC"))));
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(visitor.getBytes("/organization/logo").statusCode()).isEqualTo(404);
	}

	@Test
	void aTextFileNamedPngIsRefusedWithAMessageAndNothingIsSaved() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String name = "Not saved " + Unique.word();
		editor.openForm("/admin/settings");
		HttpResponse<String> response = editor.post("/admin/settings", form(settings(name, "", "UTC")).file("logo",
				"logo.png", "image/png", "just some text, honest".getBytes(StandardCharsets.UTF_8)));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("class=\"error-summary\"")
			.contains("The logo must be a PNG, JPEG or WebP image")
			.contains("aria-invalid=\"true\" aria-describedby=\"logo-hint logo-error\"")
			.contains("value=\"" + name + "\"");
		assertThat(this.organizations.ownOrganization()).isEqualTo(this.own.original());

		HttpResponse<String> spanish = editor.language("es")
			.post("/admin/settings", form(settings(name, "", "UTC")).file("logo", "logo.png", "image/png",
					"texto".getBytes(StandardCharsets.UTF_8)));
		assertThat(spanish.statusCode()).isEqualTo(400);
		assertThat(spanish.body()).contains("El logotipo debe ser una imagen PNG, JPEG o WebP");
	}

	@Test
	void aLogoOverOneMegabyteIsRefused() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		byte[] big = new byte[OwnOrganizationDetails.LOGO_MAX_BYTES + 1];
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 0, big, 0, 8);
		HttpResponse<String> response = editor.post("/admin/settings",
				form(settings(this.own.original().name(), "", "UTC")).file("logo", "big.png", "image/png", big));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("The logo may be at most 1 MB.");
	}

	@Test
	void badSettingsAreRefusedWithMessages() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		Map<String, String> bad = settings("n".repeat(201), "javascript:alert(1)", "Mars/Olympus_Mons");
		bad.put("boilerplateEn", "x".repeat(4001));
		HttpResponse<String> response = editor.post("/admin/settings", form(bad));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Please keep this to 200 characters or fewer.")
			.contains("<a href=\"#website\">Please enter a full web address starting with https:// or http://.</a>")
			.contains("<a href=\"#boilerplateEn\">Please keep this to 4,000 characters or fewer.</a>")
			.contains("<a href=\"#timeZone\">Please choose one of the options.</a>");
		assertThat(this.organizations.ownOrganization()).isEqualTo(this.own.original());
	}

	@Test
	void theBoilerplateIsShownAsSafeHtml() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		Map<String, String> fields = settings(this.own.original().name(), "", "UTC");
		fields.put("boilerplateEn", "We are **organised**.<script>alert(1)</script>");
		fields.put("boilerplateEs", "");
		assertThat(editor.post("/admin/settings", form(fields)).statusCode()).isEqualTo(302);

		String page = editor.get("/admin/settings").body();
		assertThat(page).contains("<strong>organised</strong>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(this.organizations.ownOrganization().boilerplate(java.util.Locale.forLanguageTag("es")))
			.isEqualTo("We are **organised**.<script>alert(1)</script>");
	}

	@Test
	void onlyEditorsMayChangeOurSettings() {
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		assertThat(organiser.get("/admin/settings").statusCode()).isEqualTo(403);
		organiser.openForm("/admin");
		HttpResponse<String> post = organiser.post("/admin/settings",
				form(settings("Hijacked " + Unique.word(), "", "UTC")));
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(this.organizations.ownOrganization()).isEqualTo(this.own.original());

		HttpResponse<String> anonymous = this.web.anonymous().get("/admin/settings");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void settingsWithoutCsrfTokenAreForbidden() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		HttpResponse<String> response = editor.postWithoutCsrf("/admin/settings",
				form(settings("No token " + Unique.word(), "", "UTC")));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.organizations.ownOrganization()).isEqualTo(this.own.original());
	}

	@Test
	void aNameOfEmojiIsCountedInCharacters() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String name = "🌵".repeat(OrganizationDetails.NAME_MAX);

		HttpResponse<String> saved = editor.post("/admin/settings", form(settings(name, "", "UTC")));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.organizations.ownOrganization().name()).isEqualTo(name);

		HttpResponse<String> refused = editor.post("/admin/settings", form(settings(name + "🌵", "", "UTC")));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("<a href=\"#name\">Please keep this to 200 characters or fewer.</a>");
		assertThat(this.organizations.ownOrganization().name()).isEqualTo(name);
	}

	private Map<String, String> settings(String name, String website, String zone) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", name);
		fields.put("website", website);
		fields.put("boilerplateEn", this.own.original().boilerplateEn());
		fields.put("boilerplateEs", this.own.original().boilerplateEs());
		fields.put("timeZone", zone);
		return fields;
	}

	/** The settings form as the browser sends it, a multipart form. */
	private static MultipartForm form(Map<String, String> fields) {
		MultipartForm form = new MultipartForm();
		fields.forEach((name, value) -> form.fields(name, value));
		return form;
	}

	private static Map<String, String> withRemoveLogo(Map<String, String> fields) {
		fields.put("removeLogo", "true");
		return fields;
	}

}
