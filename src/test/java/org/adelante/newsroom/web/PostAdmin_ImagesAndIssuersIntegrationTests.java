package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.PostStatus;
import org.adelante.newsroom.media.MediaAsset;
import org.adelante.newsroom.media.MediaLibrary;
import org.adelante.newsroom.media.TestImages;
import org.adelante.organizations.Organization;
import org.adelante.organizations.OrganizationDetails;
import org.adelante.organizations.Organizations;
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
 * The lead image uploaded right in the post form, and the organisations a post names.
 */
@AdelanteIntegrationTest
class PostAdmin_ImagesAndIssuersIntegrationTests {

	@Autowired
	WebSessions web;

	@Autowired
	Newsroom newsroom;

	@Autowired
	MediaLibrary media;

	@Autowired
	Organizations organizations;

	WebSession editor;

	@BeforeEach
	void signIn() {
		this.editor = this.web.signedIn(Role.EDITOR);
	}

	@Test
	void anImageUploadedWithTheFormBecomesTheLeadImage() {
		PostFormData data = PostFormData.pressRelease("With photo")
			.set("leadImageAlt", "Marchers with a banner")
			.set("leadImageCaption", "The march on Monday")
			.set("leadImageCredit", "Photo: Ana Ruiz");
		HttpResponse<String> response = this.editor.post("/admin/posts",
				data.multipart("publish").file("leadImageFile", "march.jpg", "image/jpeg", TestImages.jpeg(640, 400)));
		assertThat(response.statusCode()).isEqualTo(302);
		Post post = this.newsroom.find(AdminPages.idFrom(response)).orElseThrow();
		assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(post.content().leadImageId()).isNotNull();
		MediaAsset asset = this.media.find(post.content().leadImageId()).orElseThrow();
		assertThat(asset.width()).isEqualTo(640);
		assertThat(post.content().leadImageCredit()).isEqualTo("Photo: Ana Ruiz");

		String page = this.editor.get("/admin/posts/" + post.id()).body();
		assertThat(page).contains("src=\"" + asset.url(PostEditView.PREVIEW_WIDTH) + "\"")
			.contains("name=\"leadImageId\" value=\"" + asset.id() + "\"")
			.contains("id=\"removeLeadImage\"");
		HtmlChecker.assertValid(page);
	}

	@Test
	void anUploadedImageIsKeptWhenSomethingElseMustBeCorrected() {
		PostFormData data = PostFormData.pressRelease("Photo kept").set("title", "");
		HttpResponse<String> response = this.editor.post("/admin/posts",
				data.multipart("save").file("leadImageFile", "kept.png", "image/png", TestImages.png(300, 300, false)));
		assertThat(response.statusCode()).isEqualTo(400);
		String keptId = between(response.body(), "name=\"leadImageId\" value=\"", "\"");
		assertThat(keptId).isNotBlank();
		MediaAsset asset = this.media.find(Long.parseLong(keptId)).orElseThrow();
		assertThat(response.body()).contains("src=\"" + asset.url(PostEditView.PREVIEW_WIDTH) + "\"")
			.contains("href=\"#title\"");
		HtmlChecker.assertValid(response.body());

		data.set("title", "Photo kept " + UUID.randomUUID()).set("leadImageId", keptId);
		HttpResponse<String> saved = this.editor.post("/admin/posts",
				data.multipart("save").file("leadImageFile", "", "application/octet-stream", new byte[0]));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.newsroom.find(AdminPages.idFrom(saved)).orElseThrow().content().leadImageId())
			.isEqualTo(asset.id());
	}

	@Test
	void aFileThatIsNotAnImageIsRefusedAndNothingElseIsLost() {
		MediaAsset current = this.media.store("current.jpg", TestImages.jpeg(400, 300));
		Post post = this.newsroom.create(org.adelante.newsroom.Posts.pressRelease("Current photo"));
		PostFormData data = PostFormData.pressRelease("Renamed file")
			.set("version", String.valueOf(post.version()))
			.set("leadImageId", String.valueOf(current.id()))
			.set("leadImageAlt", "The current photo")
			.set("body", "Text the editor wrote and must not lose.");
		HttpResponse<String> response = this.editor.post("/admin/posts/" + post.id(),
				data.multipart("save")
					.file("leadImageFile", "photo.jpg", "image/jpeg",
							"%PDF-1.4 this is not an image".getBytes(StandardCharsets.UTF_8)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("This file is not a JPEG, PNG or WebP image we can read")
			.contains("href=\"#leadImageFile\"")
			.contains("aria-describedby=\"leadImageFile-hint leadImageFile-error\"")
			.contains("value=\"" + data.get("title") + "\"")
			.contains("Text the editor wrote and must not lose.")
			.contains("name=\"leadImageId\" value=\"" + current.id() + "\"");
		assertThat(this.newsroom.find(post.id()).orElseThrow().title()).isEqualTo(post.title());
		HtmlChecker.assertValid(response.body());

		response = this.editor.language("es")
			.post("/admin/posts/" + post.id(), data.multipart("save")
				.file("leadImageFile", "photo.jpg", "image/jpeg", "not an image".getBytes(StandardCharsets.UTF_8)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<html lang=\"es\">").doesNotContain("This file is not a JPEG");
	}

	@Test
	void anImageOverTenMegabytesIsRefusedNextToTheFieldWithTheRestKept() {
		PostFormData data = PostFormData.pressRelease("Large photo").set("body", "Words worth keeping.");
		byte[] tooLarge = Arrays.copyOf(TestImages.jpeg(400, 300), MediaLibrary.MAX_BYTES + 1);
		HttpResponse<String> response = this.editor.post("/admin/posts",
				data.multipart("save").file("leadImageFile", "large.jpg", "image/jpeg", tooLarge));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("This file is larger than 10 MB")
			.contains("value=\"" + data.get("title") + "\"")
			.contains("Words worth keeping.");
	}

	@Test
	void theLeadImageCanBeRemoved() {
		MediaAsset image = this.media.store("remove.jpg", TestImages.jpeg(400, 300));
		PostFormData data = PostFormData.pressRelease("Remove photo")
			.set("leadImageId", String.valueOf(image.id()))
			.set("leadImageAlt", "A photo");
		long id = AdminPages.idFrom(this.editor.post("/admin/posts", data.withAction("save")));
		assertThat(this.newsroom.find(id).orElseThrow().content().leadImageId()).isEqualTo(image.id());

		data.set("version", String.valueOf(this.newsroom.find(id).orElseThrow().version()))
			.set("removeLeadImage", "remove");
		assertThat(this.editor.post("/admin/posts/" + id, data.withAction("save")).statusCode()).isEqualTo(302);
		assertThat(this.newsroom.find(id).orElseThrow().content().leadImageId()).isNull();
	}

	@Test
	void publishingWithAnImageNeedsItsAltText() {
		MediaAsset image = this.media.store("alt.jpg", TestImages.jpeg(400, 300));
		PostFormData data = PostFormData.pressRelease("No alt").set("leadImageId", String.valueOf(image.id()));
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("publish"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("href=\"#leadImageAlt\"").contains("Describe the lead image");
	}

	@Test
	void aJointReleaseNamesItsIssuersAndARepostItsSource() {
		Organization first = this.organizations.create(organization("Frontera Alliance"));
		Organization second = this.organizations.create(organization("Desert Rights Network"));
		Organization source = this.organizations.create(organization("Border Voices"));

		HttpResponse<String> form = this.editor.get("/admin/posts/new");
		assertThat(form.body()).contains(first.displayName()).contains(source.displayName());

		PostFormData data = PostFormData.pressRelease("Joint repost")
			.set("kind", "REPOST")
			.add("issuerIds", String.valueOf(second.id()))
			.add("issuerIds", String.valueOf(first.id()))
			.set("repostSourceId", String.valueOf(source.id()))
			.set("repostUrl", "https://example.org/releases/original")
			.set("repostDate", "2026-03-02");
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("publish"));
		assertThat(response.statusCode()).isEqualTo(302);
		Post post = this.newsroom.find(AdminPages.idFrom(response)).orElseThrow();
		assertThat(post.kind()).isEqualTo(PostKind.REPOST);
		assertThat(post.content().issuerIds()).containsExactly(second.id(), first.id());
		assertThat(post.content().repostSourceId()).isEqualTo(source.id());
		assertThat(post.content().repostDate()).hasToString("2026-03-02");

		String page = this.editor.get("/admin/posts/" + post.id()).body();
		assertThat(page).containsPattern("<option value=\"" + first.id() + "\" selected>")
			.containsPattern("<details class=\"repost\" open");
		HtmlChecker.assertValid(page);
	}

	@Test
	void unknownOrganisationsAreRefused() {
		PostFormData data = PostFormData.pressRelease("Ghost issuers")
			.add("issuerIds", "987654321")
			.set("repostSourceId", "987654322");
		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("save"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("href=\"#issuerIds\"").contains("href=\"#repostSourceId\"");
	}

	private static OrganizationDetails organization(String name) {
		return new OrganizationDetails(name + " " + UUID.randomUUID().toString().substring(0, 6), null,
				"https://example.org", "Tucson", "Arizona", "US");
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		assertThat(from).as("'%s' in the page", start).isNotNegative();
		from += start.length();
		return text.substring(from, text.indexOf(end, from));
	}

}
