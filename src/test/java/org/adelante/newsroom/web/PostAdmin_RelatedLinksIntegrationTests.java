package org.adelante.newsroom.web;

import java.net.http.HttpResponse;

import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.RelatedLink;
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
 * Related links on posts: editors add them in rows of the post form, readers find them
 * under the text, and a row that is not a usable link is refused next to its fields.
 */
@AdelanteIntegrationTest
class PostAdmin_RelatedLinksIntegrationTests {

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
	void relatedLinksAreSavedInOrderAndShownUnderThePost() {
		PostFormData data = PostFormData.pressRelease("Linked")
			.add("relatedTitles", "Legislators, too, wrote to the governor")
			.add("relatedUrls", "https://example.org/legislators-letter")
			.add("relatedTitles", "")
			.add("relatedUrls", "")
			.add("relatedTitles", "The full report")
			.add("relatedUrls", "https://example.net/report?lang=en&page=2");
		HttpResponse<String> published = this.editor.post("/admin/posts", data.withAction("publish"));
		assertThat(published.statusCode()).isEqualTo(302);
		Post post = this.newsroom.find(AdminPages.idFrom(published)).orElseThrow();
		assertThat(post.content().relatedLinks()).containsExactly(
				new RelatedLink("Legislators, too, wrote to the governor", "https://example.org/legislators-letter"),
				new RelatedLink("The full report", "https://example.net/report?lang=en&page=2"));

		HttpResponse<String> page = this.web.anonymous().get("/news/" + post.slug());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h2 id=\"news-related\">Related</h2>")
			.containsSubsequence(
					"<a href=\"https://example.org/legislators-letter\">Legislators, too, wrote to the governor</a>",
					"<a href=\"https://example.net/report?lang=en&amp;page=2\">The full report</a>");
		HtmlChecker.assertValid(page.body());

		HttpResponse<String> form = this.editor.get("/admin/posts/" + post.id());
		assertThat(form.body()).contains("id=\"relatedLinks.1.title\" name=\"relatedTitles\" value=\"The full report\"")
			.contains("id=\"relatedLinks.3.url\"")
			.doesNotContain("id=\"relatedLinks.4.url\"");
		HtmlChecker.assertValid(form.body());
	}

	@Test
	void aSingleLinkWithACommaInItsTitleStaysOneLink() {
		PostFormData data = PostFormData.pressRelease("One link")
			.add("relatedTitles", "Letter, by legislators")
			.add("relatedUrls", "https://example.org/a,b");
		long id = AdminPages.idFrom(this.editor.post("/admin/posts", data.withAction("save")));
		assertThat(this.newsroom.find(id).orElseThrow().content().relatedLinks())
			.containsExactly(new RelatedLink("Letter, by legislators", "https://example.org/a,b"));
	}

	@Test
	void aLinkWithoutATitleOrWithAScriptAddressIsRefusedNextToItsRow() {
		PostFormData data = PostFormData.pressRelease("Bad links")
			.add("relatedTitles", "")
			.add("relatedUrls", "https://example.org/untitled")
			.add("relatedTitles", "Click me")
			.add("relatedUrls", "javascript:alert(1)");
		HttpResponse<String> refused = this.editor.post("/admin/posts", data.withAction("save"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("href=\"#relatedLinks.0.title\"")
			.contains("id=\"relatedLinks.0.title-error\"")
			.contains("id=\"relatedLinks.1.url-error\"")
			.contains("value=\"javascript:alert(1)\"")
			.doesNotContain("id=\"relatedLinks.1.title-error\"");
		HtmlChecker.assertValid(refused.body());
	}

	@Test
	void moreLinksThanAPostMayHaveAreRefused() {
		PostFormData data = PostFormData.pressRelease("Too many");
		for (int i = 0; i < 9; i++) {
			data.add("relatedTitles", "Link " + i).add("relatedUrls", "https://example.org/" + i);
		}
		HttpResponse<String> refused = this.editor.post("/admin/posts", data.withAction("save"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Please give at most 8 related links.");
	}

}
