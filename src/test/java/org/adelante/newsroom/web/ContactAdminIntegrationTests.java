package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.adelante.newsroom.MediaContact;
import org.adelante.newsroom.MediaContacts;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.PostContent;
import org.adelante.newsroom.Posts;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@AdelanteIntegrationTest
class ContactAdminIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	MediaContacts contacts;

	@Autowired
	Newsroom newsroom;

	WebSession editor;

	@BeforeEach
	void signIn() {
		this.editor = this.web.signedIn(Role.EDITOR);
	}

	@Test
	void anEditorAddsAContactAndSeesItListed() {
		String name = "Ana Contact " + unique();
		HttpResponse<String> added = this.editor.post("/admin/contacts", "name", name, "title", "Press officer",
				"email", "ana@example.org", "phone", "+1 520 555 0100");
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(added.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/admin/contacts"));

		HttpResponse<String> list = this.editor.get("/admin/contacts");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Media contact added: " + name).contains(name).contains("ana@example.org");
		assertThat(this.contacts.all()).extracting(MediaContact::name).contains(name);
		HtmlChecker.assertValid(list.body());
	}

	@Test
	void anEditorChangesAContact() {
		MediaContact contact = this.contacts
			.create(new MediaContact.Details("Ben " + unique(), null, "ben@example.org", null));
		HttpResponse<String> form = this.editor.get("/admin/contacts/" + contact.id());
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("value=\"ben@example.org\"");
		HtmlChecker.assertValid(form.body());

		HttpResponse<String> saved = this.editor.post("/admin/contacts/" + contact.id(), "name", contact.name(),
				"title", "Spokesperson", "email", "", "phone", "520 555 0101");
		assertThat(saved.statusCode()).isEqualTo(302);
		MediaContact changed = this.contacts.find(contact.id()).orElseThrow();
		assertThat(changed.title()).isEqualTo("Spokesperson");
		assertThat(changed.email()).isNull();
		assertThat(changed.phone()).isEqualTo("520 555 0101");
	}

	@Test
	void badInputComesBackWithMessagesAndNothingTypedIsLost() {
		String longName = "N".repeat(121);
		HttpResponse<String> response = this.editor.post("/admin/contacts", "name", longName, "title", "Officer",
				"email", "not-an-email", "phone", "call me");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Please correct the following")
			.contains("href=\"#name\"")
			.contains("Please keep this to 120 characters or fewer.")
			.contains("Please enter an email address like name@example.org.")
			.contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"name-error\"")
			.contains("value=\"" + longName + "\"")
			.contains("value=\"not-an-email\"")
			.contains("value=\"call me\"");
		assertThat(this.contacts.all()).extracting(MediaContact::name).doesNotContain(longName);
		HtmlChecker.assertValid(response.body());
	}

	@Test
	void aContactNeedsAWayToBeReached() {
		HttpResponse<String> response = this.editor.post("/admin/contacts", "name", "Unreachable " + unique(), "title",
				"", "email", "", "phone", "");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Give an email address or a phone number");
	}

	@Test
	void scriptInAContactIsStoredButNeverRendered() {
		String name = "<script>alert('x')</script> " + unique();
		HttpResponse<String> added = this.editor.post("/admin/contacts", "name", name, "title",
				"<img src=x onerror=alert(1)>", "email", "x@example.org", "phone", "");
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(this.contacts.all()).extracting(MediaContact::name).contains(name);
		String list = this.editor.get("/admin/contacts").body();
		assertThat(list).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
	}

	@Test
	void aContactNamedOnPostsIsNotDeleted() {
		MediaContact contact = this.contacts
			.create(new MediaContact.Details("Used " + unique(), null, "used@example.org", null));
		PostContent content = Posts.pressRelease("With contact");
		this.newsroom.create(new PostContent(content.kind(), content.language(), null, content.title(), null, null,
				null, content.body(), null, null, null, null, null, null, null, null, null, null, null, null, null,
				java.util.List.of(contact.id()), null, null, null, null, List.of(), null));

		HttpResponse<String> confirm = this.editor.get("/admin/contacts/" + contact.id() + "/delete");
		assertThat(confirm.statusCode()).isEqualTo(200);
		HtmlChecker.assertValid(confirm.body());

		HttpResponse<String> refused = this.editor.post("/admin/contacts/" + contact.id() + "/delete");
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains(contact.name() + " is named on posts");
		assertThat(this.contacts.find(contact.id())).isPresent();
		HtmlChecker.assertValid(refused.body());
	}

	@Test
	void anUnusedContactIsDeletedAfterConfirmation() {
		MediaContact contact = this.contacts
			.create(new MediaContact.Details("Unused " + unique(), null, null, "520 555 0102"));
		HttpResponse<String> confirm = this.editor.get("/admin/contacts/" + contact.id() + "/delete");
		assertThat(confirm.body()).contains("Delete " + contact.name() + " from the media contacts?");

		HttpResponse<String> deleted = this.editor.post("/admin/contacts/" + contact.id() + "/delete");
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(this.contacts.find(contact.id())).isEmpty();
		assertThat(this.editor.get("/admin/contacts").body()).contains("Media contact deleted: " + contact.name());
	}

	@Test
	void anUnknownContactIsNotFound() {
		assertThat(this.editor.get("/admin/contacts/987654321").statusCode()).isEqualTo(404);
		assertThat(this.editor.post("/admin/contacts/987654321", "name", "X", "email", "x@example.org").statusCode())
			.isEqualTo(404);
	}

	@Test
	void theFormSpeaksSpanish() {
		HttpResponse<String> form = this.editor.language("es").get("/admin/contacts/new");
		assertThat(form.body()).contains("Contacto de prensa nuevo").contains("Guardar el contacto");
		HtmlChecker.assertValid(form.body());
	}

	@Test
	void onlyEditorsMayManageContacts() {
		WebSession fundraiser = this.web.signedIn(Role.FUNDRAISER);
		assertThat(fundraiser.get("/admin/contacts").statusCode()).isEqualTo(403);
		assertThat(fundraiser.post("/admin/contacts", "name", "Nope", "email", "n@example.org").statusCode())
			.isEqualTo(403);

		HttpResponse<String> anonymous = this.web.anonymous().get("/admin/contacts");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

	@Test
	void aPostWithoutCsrfTokenIsForbidden() {
		String name = "No token " + unique();
		HttpResponse<String> response = this.editor.postWithoutCsrf("/admin/contacts", "name", name, "email",
				"t@example.org");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.contacts.all()).extracting(MediaContact::name).doesNotContain(name);
	}

	@Test
	void aNameOfEmojiIsCountedInCharacters() {
		String name = "😀".repeat(MediaContact.Details.NAME_MAX);
		String title = "🎙️".repeat(MediaContact.Details.TITLE_MAX / 2);
		String email = "emoji-" + unique() + "@example.org";
		HttpResponse<String> added = this.editor.post("/admin/contacts", "name", name, "title", title, "email", email,
				"phone", "");
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(this.contacts.all()).filteredOn((contact) -> email.equals(contact.email()))
			.singleElement()
			.satisfies((contact) -> {
				assertThat(contact.name()).isEqualTo(name);
				assertThat(contact.title()).isEqualTo(title);
			});

		String tooLong = "😀".repeat(200);
		HttpResponse<String> refused = this.editor.post("/admin/contacts", "name", tooLong, "title", "", "email",
				"other-" + email, "phone", "");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("<a href=\"#name\">Please keep this to 120 characters or fewer.</a>")
			.contains("value=\"" + tooLong + "\"");
		assertThat(this.contacts.all()).extracting(MediaContact::name).doesNotContain(tooLong);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
