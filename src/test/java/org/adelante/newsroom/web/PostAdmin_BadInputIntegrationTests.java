package org.adelante.newsroom.web;

import java.net.URI;
import java.net.http.HttpResponse;

import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostContent;
import org.adelante.newsroom.Posts;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.MultipartForm;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the post form does with input it cannot accept, and with people who may not use
 * it.
 */
@AdelanteIntegrationTest
class PostAdmin_BadInputIntegrationTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	private static final String[] TEXT_FIELDS = { "subtitle", "datelineCity", "datelineRegion", "leadImageAlt",
			"leadImageCaption", "leadImageCredit", "quoteText", "quoteSpeaker", "quoteSpeakerTitle", "body",
			"summary" };

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
	void textThatIsNotValidUtf8IsStoredWithReplacementCharactersNotAnError() {
		byte[] title = { 'B', 'a', 'd', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'b', 'y', 't', 'e', 's', ' ', (byte) 0xFF };
		MultipartForm form = new MultipartForm().rawField("title", title)
			.fields("kind", "NEWS", "language", "en", "releaseMode", "IMMEDIATE", "body", "Body text.", "action",
					"save");
		HttpResponse<String> response = this.editor.post("/admin/posts", form);
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(this.editor.get(URI.create(location).getPath()).body()).contains("Bad \uFFFD( bytes \uFFFD")
			.doesNotContain("Exception")
			.doesNotContain("MalformedInput");
	}

	@Test
	void anOversizedTitleAndBodyAreRefusedWithTheInputKept() {
		String title = "T".repeat(PostContent.TITLE_MAX + 1);
		PostFormData data = PostFormData.pressRelease("ignored")
			.set("title", title)
			.set("body", "b".repeat(PostContent.BODY_MAX + 1))
			.set("summary", "A summary worth keeping");
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("save"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Please correct the following:")
			.contains("href=\"#title\"")
			.contains("href=\"#body\"")
			.contains("Please keep this to 200 characters or fewer.")
			.contains("Please keep this to 100,000 characters or fewer.")
			.contains("id=\"title-error\"")
			.contains("aria-describedby=\"title-error\"")
			.contains("value=\"" + title + "\"")
			.contains("A summary worth keeping")
			.contains("maxlength=\"200\"");
		assertThat(this.newsroom.all(null, "TTTTTTTTTT", 1, 10).total()).isZero();
		HtmlChecker.assertValid(response.body());
	}

	@Test
	void theFormWithErrorsIsValidHtmlWhenEditing() {
		Post post = this.newsroom.create(Posts.pressRelease("Errors on edit"));
		PostFormData data = PostFormData.pressRelease("x")
			.set("version", String.valueOf(post.version()))
			.set("title", "")
			.set("slug", "Not a slug!")
			.set("tags", "a, b, c, d, e, f, g, h, i, j, k")
			.set("quoteText", "Words without a speaker")
			.set("repostDate", "yesterday")
			.set("embargoUntil", "soon")
			.set("releaseMode", "EMBARGOED");
		HttpResponse<String> response = this.editor.post("/admin/posts/" + post.id(), data.withAction("publish"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("href=\"#title\"")
			.contains("href=\"#slug\"")
			.contains("href=\"#tags\"")
			.contains("href=\"#quoteSpeaker\"")
			.contains("href=\"#repostDate\"")
			.contains("href=\"#embargoUntil\"")
			.contains("value=\"Not a slug!\"");
		assertThat(this.newsroom.find(post.id()).orElseThrow().title()).isEqualTo(post.title());
		HtmlChecker.assertValid(response.body());
	}

	@Test
	void scriptInEveryTextFieldIsStoredButNeverRendered() {
		PostFormData data = PostFormData.pressRelease(SCRIPT).set("tags", SCRIPT);
		for (String field : TEXT_FIELDS) {
			data.set(field, SCRIPT + " " + field);
		}
		HttpResponse<String> saved = this.editor.post("/admin/posts", data.withAction("save"));
		assertThat(saved.statusCode()).isEqualTo(302);
		long id = AdminPages.idFrom(saved);
		Post post = this.newsroom.find(id).orElseThrow();
		assertThat(post.title()).startsWith(SCRIPT);
		assertThat(post.content().body()).isEqualTo(SCRIPT + " body");
		assertThat(post.content().quoteSpeaker()).isEqualTo(SCRIPT + " quoteSpeaker");

		String page = this.editor.get("/admin/posts/" + id).body();
		assertThat(page).doesNotContain("<script").contains("&lt;script&gt;alert(");
		String list = this.editor.get("/admin/posts?q=script").body();
		assertThat(list).doesNotContain("<script").contains("&lt;script&gt;");
		assertThat(Jsoup.parse(list).select("form[role=search] input[type=search]#q").eachAttr("value"))
			.containsExactly("script");
		HtmlChecker.assertValid(page);
		HtmlChecker.assertValid(list);
	}

	@Test
	void aJavascriptRepostAddressIsRefused() {
		PostFormData data = PostFormData.pressRelease("Bad link").set("repostUrl", "javascript:alert(1)");
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("save"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Please enter a full web address starting with https://")
			.contains("href=\"#repostUrl\"")
			.contains("value=\"javascript:alert(1)\"")
			.doesNotContain("href=\"javascript:");
	}

	@Test
	void unreadableChoicesAreRefusedNotGuessed() {
		PostFormData data = PostFormData.pressRelease("Odd values")
			.set("kind", "OPINION")
			.set("language", "fr")
			.set("releaseMode", "LATER")
			.set("translationId", "abc")
			.add("contactIds", "999999999");
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("save"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("href=\"#kind\"")
			.contains("href=\"#language\"")
			.contains("href=\"#releaseMode-IMMEDIATE\"")
			.contains("href=\"#translationId\"");
		HtmlChecker.assertValid(response.body());
	}

	@Test
	void aSaveOverSomeoneElsesChangesIsAConflictThatKeepsTheInput() {
		Post post = this.newsroom.create(Posts.pressRelease("Contended"));
		PostFormData mine = PostFormData.pressRelease("Mine").set("version", String.valueOf(post.version()));
		PostFormData theirs = PostFormData.pressRelease("Theirs").set("version", String.valueOf(post.version()));
		assertThat(this.editor.post("/admin/posts/" + post.id(), theirs.withAction("save")).statusCode())
			.isEqualTo(302);

		HttpResponse<String> conflict = this.editor.post("/admin/posts/" + post.id(), mine.withAction("save"));
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.body()).contains("Someone else saved this post while you were editing it")
			.contains("value=\"" + mine.get("title") + "\"");
		assertThat(this.newsroom.find(post.id()).orElseThrow().title()).isEqualTo(theirs.get("title"));
		HtmlChecker.assertValid(conflict.body());
	}

	@Test
	void aPostWithoutCsrfTokenIsForbidden() {
		PostFormData data = PostFormData.pressRelease("No token");
		HttpResponse<String> response = this.editor.postWithoutCsrf("/admin/posts", data.withAction("save"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.newsroom.all(null, data.get("title"), 1, 10).total()).isZero();
	}

	@Test
	void aMultipartPostCarriesItsCsrfToken() {
		PostFormData data = PostFormData.pressRelease("Multipart");
		HttpResponse<String> response = this.editor.post("/admin/posts",
				data.multipart("save").file("leadImageFile", "", "application/octet-stream", new byte[0]));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(this.newsroom.find(AdminPages.idFrom(response)).orElseThrow().title()).isEqualTo(data.get("title"));
	}

	@Test
	void onlyEditorsMayUseThePostAdmin() {
		WebSession fundraiser = this.web.signedIn(Role.FUNDRAISER);
		assertThat(fundraiser.get("/admin/posts").statusCode()).isEqualTo(403);
		assertThat(fundraiser.get("/admin/posts/new").statusCode()).isEqualTo(403);
		PostFormData data = PostFormData.pressRelease("Not allowed");
		assertThat(fundraiser.post("/admin/posts", data.withAction("publish")).statusCode()).isEqualTo(403);
		assertThat(this.newsroom.all(null, data.get("title"), 1, 10).total()).isZero();

		HttpResponse<String> anonymous = this.web.anonymous().get("/admin/posts/new");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

}
