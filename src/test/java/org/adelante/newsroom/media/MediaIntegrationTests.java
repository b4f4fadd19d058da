package org.adelante.newsroom.media;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.MultipartForm;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@AdelanteIntegrationTest
class MediaIntegrationTests {

	private static final Pattern ASSET_LOCATION = Pattern.compile("/admin/media/([0-9a-f]{32})\\?uploaded$");

	@Autowired
	WebSessions web;

	@Autowired
	MediaLibrary library;

	@Autowired
	AdelanteSettings settings;

	@Test
	void anEditorsUploadIsServedInEveryWidthWithLongCaching() throws Exception {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		editor.openForm("/admin/media");

		HttpResponse<String> upload = editor.post("/admin/media",
				upload("Marcha por la paz.jpg", "image/jpeg", TestImages.jpeg(1400, 700)));

		assertThat(upload.statusCode()).isEqualTo(302);
		String key = keyFrom(upload);
		MediaAsset asset = this.library.findByKey(key).orElseThrow();
		assertThat(asset.widths()).containsExactly(320, 640, 960, 1280, 1400);
		assertThat(asset.originalFilename()).isEqualTo("Marcha por la paz.jpg");

		HttpResponse<String> page = editor.get("/admin/media/" + key + "?uploaded");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Marcha por la paz.jpg")
			.contains(key)
			.contains("1400 × 700")
			.contains("srcset=\"" + asset.srcset() + "\"")
			.contains("role=\"status\"");

		WebSession visitor = this.web.anonymous();
		for (int width : asset.widths()) {
			HttpResponse<byte[]> image = visitor.getBytes(asset.url(width));
			assertThat(image.statusCode()).isEqualTo(200);
			assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
			assertThat(image.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
			assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(image.headers().firstValue("ETag")).isPresent();
			assertThat(image.headers().firstValue("Set-Cookie")).isEmpty();
			BufferedImage decoded = TestImages.decode(image.body());
			assertThat(decoded.getWidth()).isEqualTo(width);
			assertThat(decoded.getHeight()).isEqualTo(asset.heightFor(width));
		}
	}

	@Test
	void anUnchangedVariantIsNotSentAgain() throws Exception {
		MediaAsset asset = this.library.store("cached.jpg", TestImages.jpeg(400, 300));
		WebSession visitor = this.web.anonymous();
		HttpResponse<byte[]> first = visitor.getBytes(asset.url(400));
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> second = visitor.getBytes(asset.url(400), "If-None-Match", etag);

		assertThat(second.statusCode()).isEqualTo(304);
		assertThat(second.body()).isEmpty();
		assertThat(second.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
	}

	@Test
	void aTransparentPngIsServedAsPng() throws Exception {
		MediaAsset asset = this.library.store("logo.png", TestImages.png(300, 300, true));
		HttpResponse<byte[]> image = this.web.anonymous().getBytes(asset.url(300));
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(TestImages.decode(image.body()).getColorModel().hasAlpha()).isTrue();
	}

	@Test
	void unknownKeysWidthsAndFormatsAreNotFound() throws Exception {
		MediaAsset asset = this.library.store("known.jpg", TestImages.jpeg(500, 300));
		WebSession visitor = this.web.anonymous();

		HttpResponse<String> unknownKey = visitor.get("/media/0123456789abcdef0123456789abcdef/320.jpg",
				"Accept-Language", "es");
		assertThat(unknownKey.statusCode()).isEqualTo(404);
		assertThat(unknownKey.body()).contains("Página no encontrada");

		assertThat(visitor.get("/media/" + asset.key() + "/640.jpg").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/media/" + asset.key() + "/320.png").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/media/" + asset.key() + "/abc.jpg").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/media/" + asset.key() + "/99999999999999.jpg").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/media/not-a-key/320.jpg").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/admin/media/" + asset.key() + "0").statusCode()).isEqualTo(302);
	}

	@Test
	void noFileOutsideTheMediaFolderCanBeReached() throws Exception {
		Path secret = MediaLibrary.mediaDir(this.settings).resolveSibling("media-secret").resolve("320.jpg");
		Files.createDirectories(secret.getParent());
		Files.writeString(secret, "SECRET-OUTSIDE-MEDIA");
		WebSession visitor = this.web.anonymous();
		// Encoded slashes, backslashes and dots are refused by the servlet container
		// itself
		// (400) before the application sees them; were they let through, the key check
		// would
		// answer 404. Either way the file is never sent.
		for (String path : new String[] { "/media/..%2F..%2Fetc/320.jpg", "/media/..%2Fmedia-secret/320.jpg",
				"/media/..%5Cmedia-secret/320.jpg", "/media/%2e%2e/media-secret/320.jpg",
				"/media/../media-secret/320.jpg" }) {
			HttpResponse<String> response = visitor.get(path);
			assertThat(response.statusCode()).as(path).isIn(400, 404);
			assertThat(response.body()).as(path).doesNotContain("SECRET");
		}
		for (String path : new String[] { "/media/.incoming/320.jpg", "/media/..../320.jpg",
				"/media/media-secret/320.jpg", "/media/" + "0".repeat(31) + "./320.jpg" }) {
			HttpResponse<String> response = visitor.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Page not found").doesNotContain("SECRET");
		}
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		HttpResponse<String> response = this.web.anonymous().get("/admin/media");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

	@Test
	void staffWithoutTheEditorRoleMayNotUseTheLibrary() throws Exception {
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		assertThat(organiser.get("/admin/media").statusCode()).isEqualTo(403);
		organiser.openForm("/admin");
		HttpResponse<String> upload = organiser.post("/admin/media",
				upload("a.jpg", "image/jpeg", TestImages.jpeg(300, 200)));
		assertThat(upload.statusCode()).isEqualTo(403);
	}

	@Test
	void anUploadWithoutCsrfTokenIsForbidden() throws Exception {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		int before = this.library.recent(500).size();
		HttpResponse<String> upload = editor.postWithoutCsrf("/admin/media",
				upload("no-token.jpg", "image/jpeg", TestImages.jpeg(300, 200)));
		assertThat(upload.statusCode()).isEqualTo(403);
		assertThat(this.library.recent(500)).noneMatch((a) -> a.originalFilename().equals("no-token.jpg"));
		assertThat(this.library.recent(500).size()).isGreaterThanOrEqualTo(before);
	}

	@Test
	void aTextFileNamedLikeAPhotoIsRefusedWithAMessageByTheField() throws Exception {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		editor.openForm("/admin/media");

		HttpResponse<String> upload = editor.language("es")
			.post("/admin/media", upload("disguised-text.jpg", "image/jpeg",
					"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));

		assertThat(upload.statusCode()).isEqualTo(400);
		assertThat(upload.body()).contains("class=\"error-summary\"")
			.contains("href=\"#file\"")
			.contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"file-hint file-error\"")
			.contains("no es una imagen JPEG, PNG o WebP")
			.doesNotContain("<script>alert(1)");
		assertThat(this.library.recent(500)).noneMatch((a) -> a.originalFilename().equals("disguised-text.jpg"));
	}

	@Test
	void aTooSmallImageAndAMissingFileAreExplained() throws Exception {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		editor.openForm("/admin/media");

		HttpResponse<String> small = editor.post("/admin/media",
				upload("icon.png", "image/png", TestImages.png(120, 120, false)));
		assertThat(small.statusCode()).isEqualTo(400);
		assertThat(small.body()).contains("narrower than 200 pixels");

		HttpResponse<String> empty = editor.post("/admin/media", upload("", "application/octet-stream", new byte[0]));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Choose an image file to upload.");
	}

	@Test
	void aFileOfExactlyTenMegabytesReachesTheLibrary() throws Exception {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		editor.openForm("/admin/media");
		byte[] tenMegabytes = new byte[MediaLibrary.MAX_BYTES];

		HttpResponse<String> upload = editor.post("/admin/media", upload("big.jpg", "image/jpeg", tenMegabytes));

		assertThat(upload.statusCode()).isEqualTo(400);
		assertThat(upload.body()).contains("not a JPEG, PNG or WebP image");
	}

	@Test
	void aFileOverTenMegabytesIsRefusedWithAMessageNextToTheField() throws Exception {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		editor.openForm("/admin/media");
		byte[] tooLarge = Arrays.copyOf(TestImages.jpeg(400, 300), MediaLibrary.MAX_BYTES + 1);

		HttpResponse<String> upload = editor.language("es")
			.post("/admin/media", upload("too-large.jpg", "image/jpeg", tooLarge));

		assertThat(upload.statusCode()).isEqualTo(400);
		assertThat(upload.body()).contains("<html lang=\"es\">").contains("Este archivo pesa más de 10 MB");
		assertThat(this.library.recent(500)).noneMatch((a) -> a.originalFilename().equals("too-large.jpg"));
	}

	@Test
	void aRequestFarOverTheLimitIsRefusedByTheServerWithALocalisedPage() throws Exception {
		WebSession editor = this.web.signedIn(Role.EDITOR);
		editor.openForm("/admin/media");
		byte[] huge = Arrays.copyOf(TestImages.jpeg(400, 300), 27 * 1024 * 1024);

		HttpResponse<String> upload = editor.language("es")
			.post("/admin/media", upload("huge.jpg", "image/jpeg", huge));

		assertThat(upload.statusCode()).isEqualTo(413);
		assertThat(upload.body()).contains("<html lang=\"es\">").contains("10 MB");
		assertThat(this.library.recent(500)).noneMatch((a) -> a.originalFilename().equals("huge.jpg"));
	}

	@Test
	void theLibraryListsRecentUploadsWithThumbnails() throws Exception {
		MediaAsset asset = this.library.store("listed-" + System.nanoTime() + ".jpg", TestImages.jpeg(900, 600));
		WebSession editor = this.web.signedIn(Role.EDITOR);

		HttpResponse<String> page = editor.get("/admin/media");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(asset.originalFilename())
			.contains(asset.key())
			.contains("src=\"" + asset.url(320) + "\"")
			.contains("900 × 600")
			.contains("enctype=\"multipart/form-data\"");
	}

	@Test
	void filenamesAreShownEscaped() throws Exception {
		MediaAsset asset = this.library.store("Tom & Jerry <3 \"quoted\".jpg", TestImages.jpeg(700, 400));
		WebSession editor = this.web.signedIn(Role.EDITOR);

		assertThat(editor.get("/admin/media/" + asset.key()).body())
			.contains("<h1>Tom &amp; Jerry &lt;3 \"quoted\".jpg</h1>")
			.contains("alt=\"Preview of Tom &amp; Jerry &lt;3 &#34;quoted&#34;.jpg\"")
			.doesNotContain("Jerry <3");
		assertThat(editor.get("/admin/media").body())
			.contains("<span class=\"media-card__name\">Tom &amp; Jerry &lt;3 \"quoted\".jpg</span>")
			.doesNotContain("Jerry <3");
	}

	/** The library's upload form with one file in its {@code file} field. */
	private static MultipartForm upload(String filename, String contentType, byte[] content) {
		return new MultipartForm().file("file", filename, contentType, content);
	}

	private static String keyFrom(HttpResponse<?> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow();
		Matcher matcher = ASSET_LOCATION.matcher(location);
		assertThat(matcher.find()).as(location).isTrue();
		return matcher.group(1);
	}

}
