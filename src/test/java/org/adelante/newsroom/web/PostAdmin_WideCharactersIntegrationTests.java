package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostContent;
import org.adelante.newsroom.Tag;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Characters that take more room than they look: an emoji is one character but two UTF-16
 * units (and four bytes), and some letters grow when made into keys. Every field of the
 * post form holds as many of them as its limit says, on both databases; more are refused
 * with a message, and the language is stored only as one of the exact codes.
 */
@AdelanteIntegrationTest
class PostAdmin_WideCharactersIntegrationTests {

	private static final String EMOJI = "😀";

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
	void everyTextFieldHoldsAsManyEmojiAsItsLimit() {
		PostFormData data = PostFormData.pressRelease("ignored")
			.set("title", emoji(PostContent.TITLE_MAX))
			.set("slug", "emoji-" + UUID.randomUUID())
			.set("subtitle", emoji(PostContent.SUBTITLE_MAX))
			.set("datelineCity", emoji(PostContent.DATELINE_MAX))
			.set("datelineRegion", emoji(PostContent.DATELINE_MAX))
			.set("leadImageAlt", emoji(PostContent.ALT_MAX))
			.set("leadImageCaption", emoji(PostContent.CAPTION_MAX))
			.set("leadImageCredit", emoji(PostContent.CREDIT_MAX))
			.set("quoteText", emoji(PostContent.QUOTE_MAX))
			.set("quoteSpeaker", emoji(PostContent.SPEAKER_MAX))
			.set("quoteSpeakerTitle", emoji(PostContent.SPEAKER_TITLE_MAX))
			.set("summary", emoji(PostContent.SUMMARY_MAX))
			.set("tags", "Emoji " + emoji(PostContent.TAG_MAX - 6));

		HttpResponse<String> saved = this.editor.post("/admin/posts", data.withAction("save"));

		assertThat(saved.statusCode()).isEqualTo(302);
		Post post = this.newsroom.find(AdminPages.idFrom(saved)).orElseThrow();
		PostContent content = post.content();
		assertThat(content.title()).isEqualTo(emoji(PostContent.TITLE_MAX));
		assertThat(content.subtitle()).isEqualTo(emoji(PostContent.SUBTITLE_MAX));
		assertThat(content.datelineRegion()).isEqualTo(emoji(PostContent.DATELINE_MAX));
		assertThat(content.leadImageAlt()).isEqualTo(emoji(PostContent.ALT_MAX));
		assertThat(content.leadImageCaption()).isEqualTo(emoji(PostContent.CAPTION_MAX));
		assertThat(content.leadImageCredit()).isEqualTo(emoji(PostContent.CREDIT_MAX));
		assertThat(content.quoteText()).isEqualTo(emoji(PostContent.QUOTE_MAX));
		assertThat(content.quoteSpeakerTitle()).isEqualTo(emoji(PostContent.SPEAKER_TITLE_MAX));
		assertThat(content.summary()).isEqualTo(emoji(PostContent.SUMMARY_MAX));
		assertThat(content.tagList()).extracting(Tag::label).containsExactly("Emoji " + emoji(PostContent.TAG_MAX - 6));
		String form = this.editor.get("/admin/posts/" + post.id()).body();
		assertThat(form).contains("value=\"" + emoji(PostContent.TITLE_MAX) + "\"");
		HtmlChecker.assertValid(form);
	}

	@ParameterizedTest
	@CsvSource({ "title, 200", "subtitle, 300", "leadImageCaption, 300", "leadImageCredit, 150", "quoteText, 1000",
			"quoteSpeaker, 120", "quoteSpeakerTitle, 150", "summary, 500", "datelineCity, 100", "leadImageAlt, 250" })
	void oneEmojiMoreThanAFieldsLimitIsRefusedWithAMessage(String field, int limit) {
		String slug = "too-wide-" + UUID.randomUUID();
		PostFormData data = PostFormData.pressRelease("Too wide")
			.set("slug", slug)
			.set("quoteSpeaker", "Someone")
			.set(field, emoji(limit + 1));

		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("save"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("href=\"#" + field + "\"")
			.contains("id=\"" + field + "-error\"")
			.contains("Please keep this to " + String.format(Locale.ENGLISH, "%,d", limit) + " characters or fewer.")
			.contains(emoji(limit + 1));
		assertThat(this.newsroom.all(null, slug, 1, 10).total()).isZero();
	}

	@Test
	void aTagOfTwoHundredEmojiIsRefusedWithAMessage() {
		String title = "Wide tag " + UUID.randomUUID();
		PostFormData data = PostFormData.pressRelease(title).set("tags", emoji(200));

		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("save"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("href=\"#tags\"").contains("Please keep this to 40 characters or fewer.");
		assertThat(this.newsroom.all(null, data.get("title"), 1, 10).total()).isZero();
	}

	@Test
	void aTagWhoseAddressIsTwiceAsLongAsItIsStoredAndFound() {
		String tag = "ß".repeat(PostContent.TAG_MAX);
		PostFormData data = PostFormData.pressRelease("Long address tag").set("tags", tag);

		HttpResponse<String> published = this.editor.post("/admin/posts", data.withAction("publish"));

		assertThat(published.statusCode()).isEqualTo(302);
		Post post = this.newsroom.find(AdminPages.idFrom(published)).orElseThrow();
		assertThat(post.content().tagList()).containsExactly(new Tag("ss".repeat(PostContent.TAG_MAX), tag));
		HttpResponse<String> page = this.web.anonymous().get("/news/tag/" + "ss".repeat(PostContent.TAG_MAX));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(tag).contains(post.title());
	}

	@ParameterizedTest
	@ValueSource(strings = { "EN", "Es", "en-US", "es_MX", "eng" })
	void aLanguageCodeThatIsNotExactlyOursIsRefused(String code) {
		PostFormData data = PostFormData.pressRelease("Forged language").set("language", code);

		HttpResponse<String> response = this.editor.post("/admin/posts", data.withAction("save"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("href=\"#language\"")
			.contains("Please choose one of the options.")
			.doesNotContain("lang=\"" + code + "\"")
			.doesNotContain("hreflang=\"" + code + "\"");
		assertThat(this.newsroom.all(null, data.get("title"), 1, 10).total()).isZero();
		HtmlChecker.assertValid(response.body());
	}

	private static String emoji(int count) {
		return EMOJI.repeat(count);
	}

}
