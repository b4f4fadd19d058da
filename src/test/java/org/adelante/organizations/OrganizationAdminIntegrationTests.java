package org.adelante.organizations;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.accounts.AuditLog;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AdelanteIntegrationTest
class OrganizationAdminIntegrationTests {

	private static final Pattern CREATED = Pattern.compile("/admin/organizations/(\\d+)\\?saved$");

	@Autowired
	WebSessions web;

	@Autowired
	Organizations organizations;

	@Autowired
	AuditLog audit;

	@Test
	void anEditorAddsEditsAndFindsAnOrganisation() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String word = Unique.word();

		editor.openForm("/admin/organizations/new");
		HttpResponse<String> created = editor.post("/admin/organizations",
				form("Red Fronteriza " + word, "RF", "https://red-" + word + ".example", "Nogales", "Sonora", "MX"));
		assertThat(created.statusCode()).isEqualTo(302);
		long id = createdId(created);

		HttpResponse<String> page = editor.get("/admin/organizations/" + id + "?saved");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("The organisation has been saved.")
			.contains("value=\"Red Fronteriza " + word + "\"")
			.contains("<option value=\"MX\" selected>Mexico</option>");

		editor.openForm("/admin/organizations/" + id);
		HttpResponse<String> refused = editor.post("/admin/organizations/" + id,
				form("", "RF", "https://red-" + word + ".example", "Nogales", "Sonora", "MX"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("<h1>Edit Red Fronteriza " + word + "</h1>")
			.contains("Please fill this in.");
		assertThat(this.organizations.get(id).name()).isEqualTo("Red Fronteriza " + word);

		HttpResponse<String> updated = editor.post("/admin/organizations/" + id,
				form("Red Fronteriza " + word, "", "", "Tucson", "Arizona", "US"));
		assertThat(updated.statusCode()).isEqualTo(302);
		assertThat(this.organizations.find(id)).hasValueSatisfying((organization) -> {
			assertThat(organization.acronym()).isNull();
			assertThat(organization.place()).isEqualTo("Tucson, Arizona, United States");
		});

		HttpResponse<String> search = editor.get("/admin/organizations?q=fronteriza+" + word.toUpperCase());
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.body()).contains("href=\"/admin/organizations/" + id + "\">Red Fronteriza " + word)
			.contains("Tucson, Arizona, United States")
			.contains("value=\"fronteriza " + word.toUpperCase() + "\"");
		await().untilAsserted(
				() -> assertThat(this.audit.forSubject("organization", id)).extracting(AuditLog.Entry::action)
					.containsExactly("organization.updated", "organization.created"));
	}

	@Test
	void anOrganiserMayManageOrganisationsButNotOurSettings() {
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		HttpResponse<String> list = organiser.get("/admin/organizations");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Add organisation").doesNotContain("href=\"/admin/settings\"");
		assertThat(organiser.get("/admin/organizations/new").statusCode()).isEqualTo(200);

		WebSession editor = this.web.signedIn(Role.EDITOR);
		assertThat(editor.get("/admin/organizations").body()).contains("href=\"/admin/settings\"");
	}

	@Test
	void otherRolesAreForbidden() {
		WebSession fundraiser = this.web.signedIn(Role.FUNDRAISER);
		assertThat(fundraiser.get("/admin/organizations").statusCode()).isEqualTo(403);
		assertThat(fundraiser.get("/admin/organizations/new").statusCode()).isEqualTo(403);
		String word = Unique.word();
		fundraiser.openForm("/admin");
		HttpResponse<String> post = fundraiser.post("/admin/organizations",
				form("Forbidden " + word, "", "", "", "", ""));
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(this.organizations.search(word, 10)).isEmpty();
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		WebSession visitor = this.web.anonymous();
		for (String path : new String[] { "/admin/organizations", "/admin/organizations/new" }) {
			HttpResponse<String> response = visitor.get(path);
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		}
	}

	@Test
	void aFormWithoutCsrfTokenIsForbiddenAndNothingIsStored() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String word = Unique.word();
		HttpResponse<String> response = editor.postWithoutCsrf("/admin/organizations",
				form("No token " + word, "", "", "", "", ""));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.organizations.search(word, 10)).isEmpty();
	}

	@Test
	void oversizedFieldsAreRefusedWithMessagesAndKeptInTheForm() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String word = Unique.word();
		String longName = word + "n".repeat(200);
		HttpResponse<String> response = editor.post("/admin/organizations", form(longName, "A".repeat(31),
				"https://x.example/" + "p".repeat(300), "c".repeat(101), "r".repeat(101), "XX"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("class=\"error-summary\"")
			.contains("<a href=\"#name\">Please keep this to 200 characters or fewer.</a>")
			.contains("<a href=\"#acronym\">Please keep this to 30 characters or fewer.</a>")
			.contains("<a href=\"#website\">Please keep this to 300 characters or fewer.</a>")
			.contains("<a href=\"#city\">Please keep this to 100 characters or fewer.</a>")
			.contains("<a href=\"#region\">Please keep this to 100 characters or fewer.</a>")
			.contains("<a href=\"#country\">Please choose one of the options.</a>")
			.contains("aria-invalid=\"true\" aria-describedby=\"name-error\"")
			.contains("value=\"" + longName + "\"");
		assertThat(this.organizations.search(word, 10)).isEmpty();
	}

	@Test
	void aMissingNameIsRefusedInSpanishForSpanishReaders() {
		WebSession editor = this.web.signedIn(Role.EDITOR).language("es");
		HttpResponse<String> response = editor.post("/admin/organizations", form("   ", "", "", "", "", ""));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<html lang=\"es\">")
			.contains("Corrija lo siguiente")
			.contains("Complete este campo.");
	}

	@Test
	void websitesMustBeAbsoluteHttpAddresses() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String word = Unique.word();
		for (String website : new String[] { "javascript:alert(1)", "example.org", "ftp://example.org",
				"data:text/html,hi" }) {
			HttpResponse<String> response = editor.post("/admin/organizations",
					form("Site " + word, "", website, "", "", ""));
			assertThat(response.statusCode()).as(website).isEqualTo(400);
			assertThat(response.body()).as(website)
				.contains("Please enter a full web address starting with https:// or http://.");
		}
		assertThat(this.organizations.search(word, 10)).isEmpty();
	}

	@Test
	void scriptInANameIsStoredAsTextAndShownEscaped() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String word = Unique.word();
		String name = "<script>alert('" + word + "')</script> Org";
		HttpResponse<String> created = editor.post("/admin/organizations", form(name, "", "", "", "", ""));
		assertThat(created.statusCode()).isEqualTo(302);
		long id = createdId(created);
		assertThat(this.organizations.get(id).name()).isEqualTo(name);

		for (String path : new String[] { "/admin/organizations?q=" + word, "/admin/organizations/" + id }) {
			String body = editor.get(path).body();
			assertThat(body).as(path).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
		}
	}

	@Test
	void aLikelyDuplicateIsAddedOnlyWhenConfirmed() {
		String word = Unique.word();
		Organization existing = this.organizations
			.create(new OrganizationDetails("Red de Derechos Humanos " + word, null, null, "Tucson", "Arizona", "US"));
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String name = "La red de derechos humanos " + word.toUpperCase() + ", A.C.";

		editor.openForm("/admin/organizations/new");
		HttpResponse<String> warned = editor.post("/admin/organizations", form(name, "", "", "", "", ""));
		assertThat(warned.statusCode()).isEqualTo(200);
		assertThat(warned.body()).contains("This organisation may already be registered")
			.contains("<a href=\"/admin/organizations/" + existing.id() + "\">Red de Derechos Humanos " + word + "</a>")
			.contains("name=\"createAnyway\"")
			.contains("value=\"" + name + "\"");
		assertThat(this.organizations.search(word, 10)).containsExactly(existing);

		HttpResponse<String> created = editor.post("/admin/organizations",
				form(name, "", "", "", "", "", "createAnyway", "true"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(this.organizations.search(word, 10)).hasSize(2);
	}

	@Test
	void theListShowsFiftyOrganisationsAPage() {
		String word = Unique.word();
		for (int i = 1; i <= 51; i++) {
			this.organizations
				.create(new OrganizationDetails(String.format("Org %02d %s", i, word), null, null, null, null, null));
		}
		WebSession editor = this.web.signedIn(Role.EDITOR);

		String first = editor.get("/admin/organizations?q=" + word).body();
		assertThat(first).contains("51 organisations match")
			.contains("Org 50 " + word)
			.doesNotContain("Org 51 " + word)
			.contains("Page 1 of 2")
			.contains("rel=\"next\" href=\"/admin/organizations?q=" + word + "&amp;page=2\"");
		String second = editor.get("/admin/organizations?q=" + word + "&page=2").body();
		assertThat(second).contains("Org 51 " + word).doesNotContain("Org 50 " + word).contains("rel=\"prev\"");
		assertThat(editor.get("/admin/organizations?q=" + word + "&page=nonsense").statusCode()).isEqualTo(404);
		assertThat(editor.get("/admin/organizations?q=" + word + "&page=3").statusCode()).isEqualTo(404);
	}

	@Test
	void anUnknownOrganisationIsNotFound() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		assertThat(editor.get("/admin/organizations/999999999").statusCode()).isEqualTo(404);
		assertThat(editor.get("/admin/organizations/99999999999999999999999").statusCode()).isEqualTo(404);
	}

	@Test
	void namesWhoseKeysGrowWhenNormalisedAreStoredAsTyped() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String word = Unique.word();
		String sharp = word + " " + "ß".repeat(OrganizationDetails.NAME_MAX - word.length() - 1);
		String acronym = "ß".repeat(OrganizationDetails.ACRONYM_MAX);
		String ampersands = "&".repeat(OrganizationDetails.NAME_MAX);
		String emoji = "😀".repeat(OrganizationDetails.NAME_MAX);
		String emojiPlace = "🌵".repeat(OrganizationDetails.PLACE_MAX);

		HttpResponse<String> first = editor.post("/admin/organizations",
				form(sharp, acronym, "", "", "", "", "createAnyway", "true"));
		HttpResponse<String> second = editor.post("/admin/organizations",
				form(ampersands, "", "", "", "", "", "createAnyway", "true"));
		HttpResponse<String> third = editor.post("/admin/organizations", form(emoji, "🦜".repeat(30),
				"https://" + word + ".example/", emojiPlace, emojiPlace, "", "createAnyway", "true"));

		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(second.statusCode()).isEqualTo(302);
		assertThat(third.statusCode()).isEqualTo(302);
		Organization sharpOne = this.organizations.get(createdId(first));
		assertThat(sharpOne.name()).isEqualTo(sharp);
		assertThat(sharpOne.acronym()).isEqualTo(acronym);
		assertThat(this.organizations.get(createdId(second)).name()).isEqualTo(ampersands);
		Organization emojiOne = this.organizations.get(createdId(third));
		assertThat(emojiOne.name()).isEqualTo(emoji);
		assertThat(emojiOne.city()).isEqualTo(emojiPlace);
		assertThat(similar(sharp, acronym, null)).extracting(Organization::id).contains(sharpOne.id());
		assertThat(this.organizations.search(word, 10)).extracting(Organization::id)
			.contains(sharpOne.id(), emojiOne.id());
		assertThat(editor.get("/admin/organizations/" + sharpOne.id()).body()).contains("value=\"" + sharp + "\"");
	}

	/** The organisation form's fields, then any more as names and values in turn. */
	private static String[] form(String name, String acronym, String website, String city, String region,
			String country, String... more) {
		List<String> fields = new ArrayList<>(List.of("name", name, "acronym", acronym, "website", website, "city",
				city, "region", region, "country", country));
		fields.addAll(List.of(more));
		return fields.toArray(String[]::new);
	}

	private static long createdId(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		Matcher matcher = CREATED.matcher(location);
		assertThat(matcher.find()).as(location).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private List<Organization> similar(String name, String acronym, String website) {
		return this.organizations.similarTo(new OrganizationDetails(name, acronym, website, null, null, null));
	}

}
