package org.adelante.shared.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.Posts;
import org.adelante.newsroom.media.MediaLibrary;
import org.adelante.newsroom.media.TestImages;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MultipartForm;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests whose parameters the server cannot read, in the query string or the body, are
 * answered with the localised error page for what is wrong, with the security headers,
 * and change nothing.
 */
@AdelanteIntegrationTest
class UnreadableRequestsIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Newsroom newsroom;

	@Autowired
	MediaLibrary media;

	@ParameterizedTest
	@ValueSource(strings = { "/news?kind=%FF", "/news?page=%C3%28", "/?lang=%FF%FE", "/admin/posts?q=%C3%28",
			"/admin/organizations?q=%FF", "/login?error=%ED%A0%80", "/news/tag/x?page=%C0%AF" })
	void aQueryStringThatIsNotUtf8IsABadRequest(String path) {
		for (WebSession session : List.of(this.web.anonymous(), this.web.signedIn(Role.ADMIN))) {
			HttpResponse<String> response = session.language("es").get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertErrorPage(response, "Algo en la solicitud no es correcto");
		}
	}

	@Test
	void aFormFieldOverTheSizeLimitIsRefusedAsTooLarge() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String title = "Oversized " + UUID.randomUUID();
		String body = post(title, "body", "b".repeat(3 * 1024 * 1024));

		HttpResponse<String> response = editor.language("es").postEncoded("/admin/posts", body);

		assertThat(response.statusCode()).isEqualTo(413);
		assertErrorPage(response, "Lo enviado es demasiado grande");
		assertThat(response.body()).contains("2 MB");
		assertThat(this.newsroom.all(null, title, 1, 10).total()).isZero();
	}

	@Test
	void aMultipartBodyWithoutBoundaryIsABadRequest() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		Post post = this.newsroom.create(Posts.pressRelease("Kept as it was " + UUID.randomUUID()));
		MultipartForm form = new MultipartForm().fields("_csrf", editor.csrfToken(), "title", "Changed", "action",
				"save");
		for (String path : List.of("/admin/posts", "/admin/posts/" + post.id(), "/admin/media")) {
			HttpResponse<String> response = editor.postRaw(path, "multipart/form-data", form.toBytes());
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertErrorPage(response, "Something in the request was not right");
		}
		assertThat(this.newsroom.find(post.id()).orElseThrow().title()).isEqualTo(post.title());
	}

	@Test
	void aMultipartBodyWithoutItsClosingBoundaryIsABadRequest() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		Post post = this.newsroom.create(Posts.pressRelease("Kept as it was " + UUID.randomUUID()));
		MultipartForm form = new MultipartForm().fields("_csrf", editor.csrfToken(), "version",
				String.valueOf(post.version()), "title", "Changed", "action", "save");
		for (String path : List.of("/admin/posts", "/admin/posts/" + post.id(), "/admin/media")) {
			HttpResponse<String> response = editor.postRaw(path, form.contentType(),
					form.toBytesCutAfter(Integer.MAX_VALUE));
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertErrorPage(response, "Something in the request was not right");
		}
		assertThat(this.newsroom.find(post.id()).orElseThrow().title()).isEqualTo(post.title());
	}

	@Test
	void anUploadCutOffInTheMiddleOfTheFileIsABadRequest() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		Post post = this.newsroom.create(Posts.pressRelease("Kept as it was " + UUID.randomUUID()));
		String filename = "cut-" + UUID.randomUUID() + ".jpg";
		byte[] image = TestImages.jpeg(400, 300);
		for (String path : List.of("/admin/posts", "/admin/posts/" + post.id(), "/admin/media")) {
			MultipartForm form = new MultipartForm()
				.fields("_csrf", editor.csrfToken(), "version", String.valueOf(post.version()), "title", "Changed",
						"action", "save")
				.file(path.equals("/admin/media") ? "file" : "leadImageFile", filename, "image/jpeg", image);
			byte[] whole = form.toBytesCutAfter(Integer.MAX_VALUE);
			HttpResponse<String> response = editor.postRaw(path, form.contentType(),
					form.toBytesCutAfter(whole.length - image.length / 2));
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertErrorPage(response, "Something in the request was not right");
		}
		assertThat(this.newsroom.find(post.id()).orElseThrow().title()).isEqualTo(post.title());
		assertThat(this.media.recent(500)).noneMatch((asset) -> asset.originalFilename().equals(filename));
	}

	@Test
	void theSameBytesInAFormBodyAreABadRequestToo() {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		String title = "Unreadable " + UUID.randomUUID();
		String body = post(title, "body", "Text.") + "&summary=%C3%28";

		HttpResponse<String> response = editor.postEncoded("/admin/posts", body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertErrorPage(response, "Something in the request was not right");
		assertThat(this.newsroom.all(null, title, 1, 10).total()).isZero();
	}

	/** A post form with this title and one more field, URL-encoded. */
	private static String post(String title, String field, String value) {
		return WebSession.form("kind", "NEWS", "language", "en", "releaseMode", "IMMEDIATE", "title", title, field,
				value, "action", "save");
	}

	private static void assertErrorPage(HttpResponse<String> response, String title) {
		assertThat(response.body()).contains("<title>" + title).doesNotContain("Exception").doesNotContain("at org.");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(20_000);
	}

}
