package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.media.MediaAsset;
import org.adelante.test.AdelanteIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@AdelanteIntegrationTest
class NewsListsIntegrationTests {

	NewsFixtures fixtures;

	@BeforeEach
	void setUp(ApplicationContext context) {
		this.fixtures = new NewsFixtures(context);
	}

	@Test
	void theHomePageFeaturesTheNewestPostsWithTheirImages() throws Exception {
		MediaAsset image = this.fixtures.image();
		List<Post> posts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			posts.add(this.fixtures.publish(PostBuilder.post(PostKind.NEWS, "Home news " + i)
				.summary("Excerpt of home news " + i)
				.leadImage(image.id(), "A crowd in a square " + i, null, "Photographer " + i)));
		}

		Document home = Jsoup.parse(this.fixtures.reader().get("/").body());

		assertThat(home.select("h1")).hasSize(1);
		Element featured = home.selectFirst(".news-featured");
		assertThat(featured.select("a").attr("href")).isEqualTo(posts.get(2).url());
		assertThat(featured.text()).contains("Excerpt of home news 2").contains("Photo: Photographer 2");
		Element firstImage = featured.selectFirst("img");
		assertThat(firstImage.hasAttr("loading")).as("the first image loads at once").isFalse();
		assertThat(firstImage.attr("srcset")).contains("/media/" + image.key() + "/");
		assertThat(firstImage.attr("sizes")).isNotBlank();
		assertThat(firstImage.attr("width")).isNotBlank();
		assertThat(firstImage.attr("height")).isNotBlank();
		assertThat(firstImage.attr("alt")).isEqualTo("A crowd in a square 2");
		Element grid = home.selectFirst(".news-grid");
		assertThat(grid.select("a[href=" + posts.get(1).url() + "]")).hasSize(1);
		assertThat(grid.select("img")).isNotEmpty().allMatch((img) -> img.attr("loading").equals("lazy"));
		assertThat(home.select("a[href=/news]")).isNotEmpty();
	}

	@Test
	void theArchiveShowsTwentyPostsAPageNewestFirst() throws Exception {
		String tag = NewsFixtures.unique("Paged");
		List<Post> posts = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			posts.add(this.fixtures.publish(PostBuilder.post(PostKind.NEWS, "Paged " + i).tags(tag)));
		}
		String tagUrl = posts.get(0).tags().get(0).url();

		Document first = Jsoup.parse(this.fixtures.reader().get(tagUrl).body());
		assertThat(first.select(".news-list > li")).hasSize(20);
		assertThat(first.select(".news-list a").first().attr("href")).isEqualTo(posts.get(20).url());
		assertThat(first.select("nav a[rel=next]").attr("href")).isEqualTo(tagUrl + "?page=2");
		assertThat(first.select("link[rel=next]").attr("href")).isEqualTo(tagUrl + "?page=2");
		assertThat(first.select("a[rel=prev]")).isEmpty();

		Document second = Jsoup.parse(this.fixtures.reader().get(tagUrl + "?page=2").body());
		assertThat(second.select(".news-list > li")).hasSize(1);
		assertThat(second.select(".news-list a").first().attr("href")).isEqualTo(posts.get(0).url());
		assertThat(second.select("nav a[rel=prev]").attr("href")).isEqualTo(tagUrl);
		assertThat(second.select("a[rel=next]")).isEmpty();
		assertThat(second.select(".pagination").text()).contains("Page 2 of 2");

		Document archive = Jsoup.parse(this.fixtures.reader().get("/news").body());
		assertThat(archive.select(".news-list > li")).hasSize(20);
		assertThat(archive.select("a[rel=next]").attr("href")).isEqualTo("/news?page=2");
		Document archiveTwo = Jsoup.parse(this.fixtures.reader().get("/news?page=2").body());
		assertThat(archiveTwo.select(".news-list > li")).isNotEmpty();
		assertThat(archiveTwo.select("a[rel=prev]").attr("href")).isEqualTo("/news");
	}

	@Test
	void theArchiveCanBeFilteredByKind() throws Exception {
		Post statement = this.fixtures.publish(PostBuilder.post(PostKind.STATEMENT, "Filtered statement"));
		Post release = this.fixtures.publish(PostBuilder.pressRelease("Unfiltered release"));

		HttpResponse<String> response = this.fixtures.reader().get("/news?kind=statement");

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Statements");
		assertThat(page.select(".news-list a[href=" + statement.url() + "]")).hasSize(1);
		assertThat(page.select(".news-list a[href=" + release.url() + "]")).isEmpty();
		assertThat(page.select(".news-list .kind-label")).allMatch((label) -> label.text().equals("Statement"));
		assertThat(page.select(".news-filters a[aria-current=page]")).hasSize(1)
			.allMatch((link) -> link.attr("href").equals("/news?kind=statement"));

		Document all = Jsoup.parse(this.fixtures.reader().get("/news").body());
		assertThat(all.select(".news-filters a[aria-current=page]").attr("href")).isEqualTo("/news");
	}

	@Test
	void aTagPageListsThePostsWithTheTag() throws Exception {
		String tag = NewsFixtures.unique("Water rights");
		Post tagged = this.fixtures.publish(PostBuilder.post(PostKind.NEWS, "Tagged news").tags(tag));
		Post other = this.fixtures.publish(PostBuilder.post(PostKind.NEWS, "Untagged news"));
		String url = tagged.tags().get(0).url();

		HttpResponse<String> response = this.fixtures.reader().get(url);

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Posts tagged “" + tag + "”");
		assertThat(page.select(".news-list a[href=" + tagged.url() + "]")).hasSize(1);
		assertThat(page.select(".news-list a[href=" + other.url() + "]")).isEmpty();
	}

	@Test
	void aTagWithoutPublicPostsIsNotFound() throws Exception {
		String tag = NewsFixtures.unique("Hidden tag");
		Post draft = this.fixtures.draft(PostBuilder.post(PostKind.NEWS, "Draft with tag").tags(tag));

		assertThat(this.fixtures.reader().get(draft.tags().get(0).url()).statusCode()).isEqualTo(404);
		assertThat(this.fixtures.reader().get("/news/tag/no-such-tag-" + UUID.randomUUID()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void impossiblePagesAndKindsAreNotFound() throws Exception {
		for (String path : List.of("/news?page=0", "/news?page=-1", "/news?page=abc", "/news?page=99999999999",
				"/news?page=2147483647", "/news?page=999999", "/news?kind=press", "/news?kind=PRESS_RELEASE",
				"/news/tag/x?page=zero")) {
			HttpResponse<String> response = this.fixtures.reader().get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Page not found");
		}
		assertThat(this.fixtures.reader().get("/news?page=1").statusCode()).isEqualTo(200);
	}

}
