package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.adelante.newsroom.MediaContact;
import org.adelante.newsroom.MediaContacts;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.PostStatus;
import org.adelante.newsroom.Posts;
import org.adelante.newsroom.Tag;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.MovableClock;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Writing and editing posts through the admin form, and finding them in the list.
 */
@AdelanteIntegrationTest
class PostAdmin_WritingIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Newsroom newsroom;

	@Autowired
	MediaContacts contacts;

	@Autowired
	MovableClock clock;

	WebSession editor;

	@BeforeEach
	void signIn() {
		this.editor = this.web.signedIn(Role.EDITOR);
	}

	@Test
	void theNewPostFormIsValidHtml() {
		HttpResponse<String> form = this.editor.get("/admin/posts/new");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("enctype=\"multipart/form-data\"")
			.contains("name=\"action\" value=\"save\"")
			.contains("Leave blank to make it from the title")
			.contains("name=\"version\" value=\"0\"");
		HtmlChecker.assertValid(form.body());
	}

	@Test
	void savingADraftCreatesItAndShowsItsEditor() {
		MediaContact contact = this.contacts
			.create(new MediaContact.Details("Press " + unique(), "Officer", "press@example.org", null));
		PostFormData data = PostFormData.pressRelease("A new draft")
			.set("subtitle", "Second line")
			.set("quoteText", "We will not stop.")
			.set("quoteSpeaker", "Rosa Díaz")
			.add("contactIds", String.valueOf(contact.id()));
		HttpResponse<String> saved = this.editor.post("/admin/posts", data.withAction("save"));
		assertThat(saved.statusCode()).isEqualTo(302);
		long id = AdminPages.idFrom(saved);

		Post post = this.newsroom.find(id).orElseThrow();
		assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
		assertThat(post.title()).isEqualTo(data.get("title"));
		assertThat(post.content().subtitle()).isEqualTo("Second line");
		assertThat(post.content().quoteSpeaker()).isEqualTo("Rosa Díaz");
		assertThat(post.content().contactIds()).containsExactly(contact.id());
		assertThat(post.tags()).extracting(Tag::label).containsExactly("Migration", "Human rights");
		assertThat(post.slug()).startsWith("a-new-draft-");

		HttpResponse<String> editor = this.editor.get("/admin/posts/" + id);
		assertThat(editor.statusCode()).isEqualTo(200);
		assertThat(editor.body()).contains("Draft saved.")
			.contains("value=\"" + data.get("title") + "\"")
			.contains("value=\"Migration, Human rights\"")
			.contains("http://localhost/news/" + post.slug())
			.contains("Created")
			.containsPattern("id=\"contactIds-" + contact.id() + "\"[^>]*checked");
		HtmlChecker.assertValid(editor.body());
	}

	@Test
	void editingAPostSavesTheChanges() {
		PostFormData data = PostFormData.pressRelease("Edit me");
		long id = AdminPages.idFrom(this.editor.post("/admin/posts", data.withAction("save")));

		data.set("version", version(id)).set("title", "Edited " + unique()).set("kind", "STATEMENT");
		HttpResponse<String> saved = this.editor.post("/admin/posts/" + id, data.withAction("save"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/admin/posts/" + id));
		Post post = this.newsroom.find(id).orElseThrow();
		assertThat(post.title()).isEqualTo(data.get("title"));
		assertThat(post.kind()).isEqualTo(PostKind.STATEMENT);
		// The history is written once the save is committed, a moment later.
		await().untilAsserted(
				() -> assertThat(this.editor.get("/admin/posts/" + id).body()).contains("Saved").contains("Created"));
	}

	@Test
	void changingTheSlugOfAPublicPostKeepsTheOldAddressWorking() {
		String slug = "slug-" + unique();
		PostFormData data = PostFormData.pressRelease("Slugged").set("slug", slug);
		long id = AdminPages.idFrom(this.editor.post("/admin/posts", data.withAction("publish")));
		assertThat(this.newsroom.find(id).orElseThrow().slug()).isEqualTo(slug);

		data.set("version", version(id)).set("slug", slug + "-moved");
		assertThat(this.editor.post("/admin/posts/" + id, data.withAction("save")).statusCode()).isEqualTo(302);
		assertThat(this.newsroom.find(id).orElseThrow().slug()).isEqualTo(slug + "-moved");
		assertThat(this.newsroom.movedTo(slug)).hasValue(slug + "-moved");
		assertThat(this.editor.get("/admin/posts/" + id).body()).contains("Changes saved.");
	}

	@Test
	void aSlugUsedByAnotherPostIsRefused() {
		Post other = this.newsroom.create(Posts.pressRelease("Taken"));
		PostFormData data = PostFormData.pressRelease("Wants the slug").set("slug", other.slug());
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("save"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Another post already uses (or used) this address")
			.contains("value=\"" + data.get("title") + "\"");
		HtmlChecker.assertValid(response.body());
	}

	@Test
	void theListFiltersByStatusAndSearchesTitles() {
		String word = "Findable" + unique();
		Post draft = this.newsroom.create(Posts.pressRelease(word + " draft"));
		Post published = this.newsroom.publishNow(this.newsroom.create(Posts.pressRelease(word + " public")).id());
		Post scheduled = this.newsroom.schedule(this.newsroom.create(Posts.pressRelease(word + " later")).id(),
				this.clock.instant().plus(Duration.ofDays(30)));

		HttpResponse<String> all = this.editor.get("/admin/posts?q=" + word);
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.body()).contains(draft.title(), published.title(), scheduled.title())
			.contains("3 posts")
			.contains("href=\"" + published.url() + "\"")
			.doesNotContain("href=\"" + draft.url() + "\"")
			.contains("Scheduled");
		HtmlChecker.assertValid(all.body());

		HttpResponse<String> drafts = this.editor.get("/admin/posts?status=draft&q=" + word.toLowerCase());
		assertThat(drafts.body()).contains(draft.title())
			.doesNotContain(published.title())
			.doesNotContain(scheduled.title());

		HttpResponse<String> none = this.editor.get("/admin/posts?q=nothing-like-" + word);
		assertThat(none.body()).contains("No posts match.");
	}

	@Test
	void theListShowsFiftyPostsAPage() {
		String word = "Paged" + unique();
		for (int i = 0; i < 51; i++) {
			this.newsroom.create(Posts.pressRelease(word + " number " + i));
		}
		HttpResponse<String> first = this.editor.get("/admin/posts?q=" + word);
		assertThat(first.body()).contains("51 posts").contains("Page 1 of 2").contains("rel=\"next\"");
		assertThat(AdminPages.count(first.body(), "<tr>") - 1).isEqualTo(50);

		HttpResponse<String> second = this.editor.get("/admin/posts?q=" + word + "&page=2");
		assertThat(second.body()).contains("Page 2 of 2").contains("rel=\"prev\"");
		assertThat(AdminPages.count(second.body(), "<tr>") - 1).isEqualTo(1);
		HtmlChecker.assertValid(second.body());
	}

	@Test
	void theEditorSpeaksSpanish() {
		HttpResponse<String> form = this.editor.language("es").get("/admin/posts/new");
		assertThat(form.body()).contains("Publicación nueva").contains("Guardar borrador").contains("Publicar ahora");
		HtmlChecker.assertValid(form.body());
	}

	@Test
	void anUnknownPostIsNotFound() {
		assertThat(this.editor.get("/admin/posts/987654321").statusCode()).isEqualTo(404);
		assertThat(this.editor.post("/admin/posts/987654321", PostFormData.pressRelease("Ghost").withAction("save"))
			.statusCode()).isEqualTo(404);
	}

	private String version(long id) {
		return String.valueOf(this.newsroom.find(id).orElseThrow().version());
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
