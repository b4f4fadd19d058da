package org.adelante.organizations;

import java.net.http.HttpResponse;
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

/**
 * Staff who keep the registry keep its list of sectors: they add, rename and delete
 * sectors, two sectors never share a name, and deleting a sector leaves its organisations
 * in none.
 */
@AdelanteIntegrationTest
class SectorAdminIntegrationTests {

	private static final Pattern SECTOR_LINK = Pattern.compile("href=\"/admin/organizations/sectors/(\\d+)\">([^<]*)<");

	@Autowired
	WebSessions web;

	@Autowired
	Sectors sectors;

	@Autowired
	Organizations organizations;

	@Autowired
	AuditLog audit;

	@Test
	void anOrganiserAddsRenamesAndDeletesASector() {
		String word = Unique.word();
		WebSession organiser = this.web.signedIn(Role.ORGANISER);

		organiser.openForm("/admin/organizations/sectors");
		HttpResponse<String> added = organiser.post("/admin/organizations/sectors", "name", "  Medio ambiente " + word);
		assertThat(added.statusCode()).isEqualTo(302);
		String list = organiser.get("/admin/organizations/sectors").body();
		assertThat(list).contains("The sector “Medio ambiente " + word + "” has been added.");
		long id = sectorId(list, "Medio ambiente " + word);

		Organization organization = this.organizations.create(new OrganizationDetails("Colectivo " + word, null, null,
				null, null, null, null, java.util.List.of(), java.util.List.of(), id, null, false));
		assertThat(organiser.get("/admin/organizations/sectors/" + id).body())
			.contains("1 organisation is in this sector; it will then be in none.");

		HttpResponse<String> renamed = organiser.post("/admin/organizations/sectors/" + id, "name", "Ambiente " + word);
		assertThat(renamed.statusCode()).isEqualTo(302);
		assertThat(organiser.get("/admin/organizations/sectors/" + id + "?saved").body())
			.contains("The sector has been renamed.");
		assertThat(this.organizations.get(organization.id()).sector()).isEqualTo(new Sector(id, "Ambiente " + word));

		HttpResponse<String> deleted = organiser.post("/admin/organizations/sectors/" + id + "/delete");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(organiser.get("/admin/organizations/sectors").body())
			.contains("The sector “Ambiente " + word + "” has been deleted.")
			.doesNotContain("href=\"/admin/organizations/sectors/" + id + "\"");
		assertThat(this.organizations.get(organization.id()).sector()).isNull();
		assertThat(organiser.get("/admin/organizations/sectors/" + id).statusCode()).isEqualTo(404);
		await().untilAsserted(
				() -> assertThat(this.audit.forSubject("organization_sector", id)).extracting(AuditLog.Entry::action)
					.containsExactly("organization.sector.deleted", "organization.sector.renamed",
							"organization.sector.created"));
	}

	@Test
	void twoSectorsMayNotShareANameWhateverItsCaseOrAccents() {
		String word = Unique.word();
		Sector sector = this.sectors.add("Derechos Humanos " + word);
		Sector other = this.sectors.add("Trabajo " + word);
		WebSession editor = this.web.signedIn(Role.EDITOR);

		HttpResponse<String> taken = editor.post("/admin/organizations/sectors", "name",
				"derechos  humanos " + word.toUpperCase());
		assertThat(taken.statusCode()).isEqualTo(400);
		assertThat(taken.body()).contains("There is already a sector called “Derechos Humanos " + word + "”.")
			.contains("value=\"derechos  humanos " + word.toUpperCase() + "\"");

		HttpResponse<String> renamed = editor.post("/admin/organizations/sectors/" + other.id(), "name",
				"Derechos Humános " + word);
		assertThat(renamed.statusCode()).isEqualTo(400);
		assertThat(renamed.body()).contains("There is already a sector called “Derechos Humanos " + word + "”.");
		assertThat(this.sectors.get(other.id())).isEqualTo(other);
		assertThat(editor.post("/admin/organizations/sectors/" + sector.id(), "name", "DERECHOS HUMANOS " + word)
			.statusCode()).isEqualTo(302);
	}

	@Test
	void badNamesAreRefusedWithMessagesAndNothingIsStored() {
		String word = Unique.word();
		WebSession editor = this.web.signedIn(Role.EDITOR).language("es");
		int before = this.sectors.all().size();

		assertThat(editor.post("/admin/organizations/sectors", "name", "   ").body()).contains("Complete este campo.");
		HttpResponse<String> tooLong = editor.post("/admin/organizations/sectors", "name",
				word + "😀".repeat(Sector.NAME_MAX));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("100 caracteres");
		assertThat(editor.post("/admin/organizations/sectors", "name", "!!! ¿?").body())
			.contains("Dé al sector un nombre con letras o cifras.");
		HttpResponse<String> script = editor.post("/admin/organizations/sectors", "name",
				"<script>alert(1)</script>\u0000" + word);
		assertThat(script.statusCode()).isEqualTo(302);
		assertThat(this.sectors.all().size()).isEqualTo(before + 1);
		assertThat(editor.get("/admin/organizations/sectors").body()).doesNotContain("<script>alert(1)")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; " + word);

		String wide = "𝐀".repeat(Sector.NAME_MAX - 1) + "😀";
		assertThat(this.sectors.add(wide).name()).isEqualTo(wide);
	}

	@Test
	void unknownSectorsAreNotFoundAndOtherRolesAreForbidden() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		assertThat(editor.get("/admin/organizations/sectors/999999999").statusCode()).isEqualTo(404);
		editor.openForm("/admin/organizations/sectors");
		assertThat(editor.post("/admin/organizations/sectors/999999999/delete").statusCode()).isEqualTo(404);
		assertThat(editor.post("/admin/organizations/sectors/999999999", "name", "X").statusCode()).isEqualTo(404);

		WebSession fundraiser = this.web.signedIn(Role.FUNDRAISER);
		assertThat(fundraiser.get("/admin/organizations/sectors").statusCode()).isEqualTo(403);
		String word = Unique.word();
		fundraiser.openForm("/admin");
		assertThat(fundraiser.post("/admin/organizations/sectors", "name", "Forbidden " + word).statusCode())
			.isEqualTo(403);
		assertThat(this.sectors.all()).noneMatch((use) -> use.sector().name().contains(word));
	}

	private static long sectorId(String page, String name) {
		Matcher matcher = SECTOR_LINK.matcher(page);
		while (matcher.find()) {
			if (matcher.group(2).equals(name)) {
				return Long.parseLong(matcher.group(1));
			}
		}
		throw new AssertionError("No sector " + name);
	}

}
