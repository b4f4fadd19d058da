package org.adelante.organizations;

import java.net.http.HttpResponse;
import java.util.List;

import org.adelante.accounts.AuditLog;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Staff merge two registry entries for one organisation from the admin: from one entry
 * they pick the other (a likely duplicate, or by search), see both side by side, choose
 * the one to keep and merge; a choice that cannot be merged gets a clear message.
 */
@AdelanteIntegrationTest
class OrganizationMergeAdminIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Organizations organizations;

	@Autowired
	AuditLog audit;

	@Test
	void anOrganiserPicksTheOtherEntryComparesBothAndKeepsTheOther() {
		String word = Unique.word();
		Organization kept = create("Red Fronteriza " + word, "https://" + word + ".example");
		Organization duplicate = create("La Red Fronteriza " + word + ", A.C.", null);
		WebSession organiser = this.web.signedIn(Role.ORGANISER);

		String edit = organiser.get("/admin/organizations/" + duplicate.id()).body();
		assertThat(edit).contains("href=\"/admin/organizations/" + duplicate.id() + "/merge\"");
		String pick = organiser.get("/admin/organizations/" + duplicate.id() + "/merge").body();
		assertThat(pick).contains("Entries that look like the same organisation")
			.contains("href=\"/admin/organizations/" + duplicate.id() + "/merge?other=" + kept.id() + "\"");
		String search = organiser.get("/admin/organizations/" + duplicate.id() + "/merge?q=fronteriza+" + word).body();
		assertThat(search).contains("Merge with Red Fronteriza " + word)
			.doesNotContain("Merge with La Red Fronteriza " + word);

		HttpResponse<String> confirm = organiser
			.openForm("/admin/organizations/" + duplicate.id() + "/merge?other=" + kept.id());
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("<h1>Merge two entries</h1>")
			.contains(">La Red Fronteriza " + word + ", A.C.</a></th>")
			.contains(">Red Fronteriza " + word + "</a></th>")
			.contains("https://" + word + ".example")
			.contains("name=\"other\" value=\"" + kept.id() + "\"")
			.contains("value=\"" + duplicate.id() + "\" checked");

		HttpResponse<String> merged = organiser.post("/admin/organizations/" + duplicate.id() + "/merge", "other",
				String.valueOf(kept.id()), "keep", String.valueOf(kept.id()));
		assertThat(merged.statusCode()).isEqualTo(302);
		assertThat(merged.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/organizations/" + kept.id()));
		assertThat(organiser.get("/admin/organizations/" + kept.id()).body())
			.contains("La Red Fronteriza " + word + ", A.C. has been merged into this organisation");

		assertThat(this.organizations.find(duplicate.id())).isEmpty();
		assertThat(this.organizations.get(kept.id()).aliases()).containsExactly("La Red Fronteriza " + word + ", A.C.");
		assertThat(organiser.get("/admin/organizations/" + duplicate.id()).statusCode()).isEqualTo(404);
		await().untilAsserted(
				() -> assertThat(this.audit.forSubject("organization", kept.id())).extracting(AuditLog.Entry::action)
					.contains("organization.merged"));
	}

	@Test
	void anEntryCannotBeMergedWithItselfOrWithOneThatIsGone() {
		String word = Unique.word();
		Organization organization = create("Colectivo " + word, null);
		Organization other = create("Otro Colectivo " + word, null);
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String merge = "/admin/organizations/" + organization.id() + "/merge";

		HttpResponse<String> itself = editor.get(merge + "?other=" + organization.id());
		assertThat(itself.statusCode()).isEqualTo(400);
		assertThat(itself.body()).contains("An organisation cannot be merged with itself.");
		Element search = Jsoup.parse(itself.body()).selectFirst("form[role=search]");
		assertThat(search.select("#q-error").eachText())
			.containsExactly("An organisation cannot be merged with itself. Please choose another entry.");
		assertThat(search.select("#q[aria-invalid=true]")).hasSize(1);
		HttpResponse<String> gone = editor.get(merge + "?other=999999999");
		assertThat(gone.statusCode()).isEqualTo(400);
		assertThat(gone.body()).contains("That entry is no longer in the registry");
		assertThat(editor.language("es").get(merge + "?other=nada").body())
			.contains("Elija la entrada con la que fusionarla.");
		editor.language("en");

		editor.openForm(merge);
		HttpResponse<String> postedItself = editor.post(merge, "other", String.valueOf(organization.id()), "keep",
				String.valueOf(organization.id()));
		assertThat(postedItself.statusCode()).isEqualTo(400);
		assertThat(postedItself.body()).contains("An organisation cannot be merged with itself.");
		HttpResponse<String> postedGone = editor.post(merge, "other", "999999999", "keep",
				String.valueOf(organization.id()));
		assertThat(postedGone.statusCode()).isEqualTo(400);
		assertThat(postedGone.body()).contains("That entry is no longer in the registry");
		HttpResponse<String> noChoice = editor.post(merge, "other", "<script>alert(1)</script>", "keep", "");
		assertThat(noChoice.statusCode()).isEqualTo(400);
		assertThat(noChoice.body()).contains("Please choose the entry to merge with.").doesNotContain("<script>alert");
		HttpResponse<String> keepingAThird = editor.post(merge, "other", String.valueOf(other.id()), "keep",
				"999999999");
		assertThat(keepingAThird.statusCode()).isEqualTo(400);
		assertThat(keepingAThird.body()).contains("<h1>Merge two entries</h1>")
			.contains("<a href=\"#keep\">Please choose one of the options.</a>");

		assertThat(this.organizations.findAll(List.of(organization.id(), other.id()))).containsExactly(organization,
				other);
		assertThat(editor.get("/admin/organizations/999999999/merge").statusCode()).isEqualTo(404);
		assertThat(editor
			.post("/admin/organizations/999999999/merge", "other", String.valueOf(other.id()), "keep",
					String.valueOf(other.id()))
			.statusCode()).isEqualTo(404);
	}

	@Test
	void mergingNeedsTheRoleThatKeepsTheRegistryAndACsrfToken() {
		String word = Unique.word();
		Organization organization = create("Colectivo " + word, null);
		Organization other = create("Otro " + word, null);
		String merge = "/admin/organizations/" + organization.id() + "/merge";

		WebSession fundraiser = this.web.signedIn(Role.FUNDRAISER);
		assertThat(fundraiser.get(merge).statusCode()).isEqualTo(403);
		fundraiser.openForm("/admin");
		assertThat(fundraiser.post(merge, "other", String.valueOf(other.id()), "keep", String.valueOf(other.id()))
			.statusCode()).isEqualTo(403);
		WebSession editor = this.web.signedIn(Role.EDITOR);
		assertThat(
				editor.postWithoutCsrf(merge, "other", String.valueOf(other.id()), "keep", String.valueOf(other.id()))
					.statusCode())
			.isEqualTo(403);
		assertThat(this.organizations.findAll(List.of(organization.id(), other.id()))).hasSize(2);
	}

	private Organization create(String name, String website) {
		return this.organizations.create(new OrganizationDetails(name, null, website, null, null, null));
	}

}
