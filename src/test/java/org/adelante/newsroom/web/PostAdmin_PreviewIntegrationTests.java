package org.adelante.newsroom.web;

import java.net.http.HttpResponse;

import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostStatus;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview shows a post exactly as its public page will, marked as not public.
 */
@AdelanteIntegrationTest
class PostAdmin_PreviewIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Newsroom newsroom;

	WebSession editor;

	@BeforeEach
	void signIn() {
		this.editor = this.web.signedIn(Role.EDITOR);
	}

	@Test
	void previewSavesTheDraftAndShowsItMarkedNotPublic() {
		PostFormData data = PostFormData.pressRelease("Preview me")
			.set("subtitle", "A second line")
			.set("body", "The coalition **delivered** the letter.");
		HttpResponse<String> saved = this.editor.post("/admin/posts", data.withAction("preview"));
		assertThat(saved.statusCode()).isEqualTo(302);
		long id = AdminPages.idFrom(saved);
		assertThat(saved.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/admin/posts/" + id + "/preview"));
		Post post = this.newsroom.find(id).orElseThrow();
		assertThat(post.status()).isEqualTo(PostStatus.DRAFT);

		HttpResponse<String> preview = this.editor.get("/admin/posts/" + id + "/preview");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Preview — not public")
			.contains(post.title())
			.contains("A second line")
			.contains("<strong>delivered</strong>")
			.contains("Readers cannot see it until it is published.")
			.contains("<meta name=\"robots\" content=\"noindex\">");
		assertThat(preview.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((c) -> assertThat(c).contains("no-store"));
		HtmlChecker.assertValid(preview.body());

		assertThat(this.web.anonymous().get(post.url()).statusCode()).isEqualTo(404);
	}

	@Test
	void thePreviewOfAPublicPostIsItsPublicPage() {
		PostFormData data = PostFormData.pressRelease("Same page")
			.set("quoteText", "We will keep going.")
			.set("quoteSpeaker", "Rosa Díaz");
		long id = AdminPages.idFrom(this.editor.post("/admin/posts", data.withAction("publish")));
		Post post = this.newsroom.find(id).orElseThrow();

		String preview = this.editor.get("/admin/posts/" + id + "/preview").body();
		String page = this.web.anonymous().get(post.url()).body();
		assertThat(article(preview)).isNotEmpty().isEqualTo(article(page));
		assertThat(preview).contains("Preview — this post is public");
		assertThat(page).doesNotContain("Preview —");
	}

	@Test
	void onlyEditorsSeePreviews() {
		long id = AdminPages
			.idFrom(this.editor.post("/admin/posts", PostFormData.pressRelease("Private").withAction("save")));
		assertThat(this.web.signedIn(Role.FUNDRAISER).get("/admin/posts/" + id + "/preview").statusCode())
			.isEqualTo(403);
		HttpResponse<String> anonymous = this.web.anonymous().get("/admin/posts/" + id + "/preview");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(this.editor.get("/admin/posts/987654321/preview").statusCode()).isEqualTo(404);
	}

	private static String article(String html) {
		int start = html.indexOf("<article");
		int end = html.indexOf("</article>");
		return (start >= 0 && end > start) ? html.substring(start, end) : "";
	}

}
