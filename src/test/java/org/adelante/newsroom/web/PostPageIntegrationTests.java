package org.adelante.newsroom.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.adelante.newsroom.MediaContact;
import org.adelante.newsroom.Newsroom;
import org.adelante.newsroom.Post;
import org.adelante.newsroom.PostKind;
import org.adelante.newsroom.media.MediaAsset;
import org.adelante.organizations.Organization;
import org.adelante.organizations.OwnOrganization;
import org.adelante.shared.AdelanteSettings;
import org.adelante.test.AdelanteIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@AdelanteIntegrationTest
class PostPageIntegrationTests {

	@Autowired
	Newsroom newsroom;

	@Autowired
	AdelanteSettings settings;

	NewsFixtures fixtures;

	@BeforeEach
	void setUp(ApplicationContext context) {
		this.fixtures = new NewsFixtures(context);
	}

	@Test
	void aPressReleasePageHasEverySectionOfARelease() throws Exception {
		OwnOrganization own = this.fixtures.ownOrganizationWithBoilerplate();
		Post earlier = this.fixtures.publish(PostBuilder.post(PostKind.STATEMENT, "Earlier statement")
			.summary("An earlier statement with its own excerpt."));
		MediaAsset image = this.fixtures.image();
		MediaContact contact = this.fixtures.contact();
		Organization partner = this.fixtures.organization("Border Rights Network");
		Post release = this.fixtures.publish(PostBuilder.pressRelease("Coalition demands inquiry")
			.subtitle("More than a hundred organisations sign on")
			.dateline("Tucson", "Arizona")
			.leadImage(image.id(), "Marchers carry a banner", "Marchers on the road to the capitol.", "Lucía Gómez")
			.quote("We will not stop until every family is safe.", "María Pérez", "Director")
			.contacts(contact.id())
			.issuers(partner.id())
			.tags("Migration", "Human rights"));

		HttpResponse<String> response = this.fixtures.reader().get(release.url());

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		Element article = page.selectFirst("main article");
		assertThat(article).isNotNull();
		assertThat(article.select(".kind-label").text()).isEqualTo("Press release");
		assertThat(article.select(".release-line").text()).isEqualTo("For immediate release");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo(release.title());
		assertThat(article.select(".subtitle").text()).isEqualTo("More than a hundred organisations sign on");
		assertThat(article.select(".news-body p").first().text()).startsWith("TUCSON, Arizona, ")
			.contains(" — Coalition partners delivered the letter on Monday.");
		assertThat(article.select(".news-body .dateline time").attr("datetime")).isNotBlank();

		Element figure = article.selectFirst("figure.news-figure");
		Element img = figure.selectFirst("img");
		assertThat(img.attr("srcset")).contains("/media/" + image.key() + "/").contains("w, ");
		assertThat(img.attr("sizes")).isNotBlank();
		assertThat(img.attr("width")).isNotBlank();
		assertThat(img.attr("height")).isNotBlank();
		assertThat(img.attr("alt")).isEqualTo("Marchers carry a banner");
		assertThat(img.hasAttr("loading")).isFalse();
		assertThat(figure.select("figcaption").text()).contains("Marchers on the road to the capitol.")
			.contains("Photo: Lucía Gómez");

		Element quote = article.selectFirst("figure.news-quote");
		assertThat(quote.select("blockquote").text()).isEqualTo("We will not stop until every family is safe.");
		assertThat(quote.select("figcaption").text()).contains("María Pérez, Director");

		Element contacts = article.selectFirst(".media-contacts");
		assertThat(contacts.select("h2").text()).isEqualTo("Media contacts");
		assertThat(contacts.text()).contains(contact.name()).contains("Communications Director");
		assertThat(contacts.select("a[href=mailto:" + contact.email() + "]")).hasSize(1);
		assertThat(contacts.select("a[href=tel:+15205550142]").text()).isEqualTo("+1 (520) 555-0142");

		assertThat(article.select(".news-issuers").text()).contains("Issued jointly by")
			.contains(partner.displayName());
		assertThat(article.select(".news-issuers a").attr("href")).isEqualTo(partner.website());

		Element about = article.selectFirst(".boilerplate");
		assertThat(about.select("h2").text()).isEqualTo("About " + own.name());
		assertThat(about.select("strong").text()).isEqualTo("migrant families");
		assertThat(article.select(".end-mark").text()).contains("###");

		assertThat(article.select(".tags a")).extracting((a) -> a.attr("href"))
			.containsExactly("/news/tag/migration", "/news/tag/human-rights");
		assertThat(article.select("time[datetime]")).isNotEmpty();

		Element recent = page.selectFirst(".recent-posts");
		assertThat(recent.select("h2").text()).isEqualTo("Recent posts");
		assertThat(recent.select("a[href=" + earlier.url() + "]")).hasSize(1);
		assertThat(recent.text()).contains("An earlier statement with its own excerpt.");
		assertThat(recent.select("a[href=" + release.url() + "]")).isEmpty();

		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(this.settings.absolute(release.url()));
		assertThat(page.select("meta[name=description]").attr("content")).startsWith("Coalition partners delivered");
		assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(release.title());
		assertThat(page.select("meta[property=og:image]").attr("content"))
			.startsWith(this.settings.absolute("/media/" + image.key() + "/"));
		assertThat(article.hasAttr("lang")).isFalse();
	}

	@Test
	void aRepostNamesItsSourceAndPointsSearchEnginesToTheOriginal() throws Exception {
		Organization source = this.fixtures.organization("Frontera Network");
		Post repost = this.fixtures.publish(PostBuilder.post(PostKind.REPOST, "Partner release")
			.repostOf(source.id(), "https://frontera.example.org/news/original-release", LocalDate.of(2026, 3, 2)));

		Document page = Jsoup.parse(this.fixtures.reader().get(repost.url()).body());

		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("https://frontera.example.org/news/original-release");
		Element attribution = page.selectFirst(".news-attribution a");
		assertThat(attribution.attr("href")).isEqualTo("https://frontera.example.org/news/original-release");
		assertThat(attribution.text())
			.isEqualTo("Originally published by " + source.displayName() + " on March 2, 2026");
		assertThat(page.select(".kind-label").first().text()).isEqualTo("Repost");
		assertThat(page.select(".end-mark")).isEmpty();
	}

	@Test
	void scriptInAPostIsEscapedOrRemoved() throws Exception {
		MediaAsset image = this.fixtures.image();
		Post post = this.fixtures.publish(PostBuilder.pressRelease("<script>alert('title')</script> Hostile")
			.subtitle("<script>alert('subtitle')</script>")
			.body("Hello <script>alert('body')</script><img src=\"x\" onerror=\"alert('img')\"> "
					+ "[click](javascript:alert('link')) <a href=\"javascript:alert('a')\" onclick=\"alert('c')\">a</a>")
			.leadImage(image.id(), "<script>alert('alt')</script>", "<script>alert('caption')</script>",
					"<script>alert('credit')</script>")
			.quote("<script>alert('quote')</script>", "<script>alert('speaker')</script>", null)
			.tags("<script>x</script>"));

		HttpResponse<String> response = this.fixtures.reader().get(post.url());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContainIgnoringCase("<script")
			.doesNotContainIgnoringCase("onerror=")
			.doesNotContainIgnoringCase("onclick=")
			.doesNotContainIgnoringCase("javascript:")
			.contains("&lt;script&gt;alert(");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select(".news-body img, .news-body [onclick]")).isEmpty();
		assertThat(page.select(".news-body a").text()).contains("click");
	}

	@Test
	void theSpanishInterfaceLabelsThePageInSpanish() throws Exception {
		Post release = this.fixtures.fullPressRelease("Spanish labels");

		HttpResponse<String> response = this.fixtures.reader().get(release.url() + "?lang=es");

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("html").attr("lang")).isEqualTo("es");
		assertThat(page.select(".kind-label").first().text()).isEqualTo("Comunicado de prensa");
		assertThat(page.select(".release-line").text()).isEqualTo("Para difusión inmediata");
		assertThat(page.select(".media-contacts h2").text()).isEqualTo("Contactos de prensa");
		assertThat(page.select(".boilerplate strong").text()).isEqualTo("familias migrantes");
		assertThat(page.select("article").attr("lang")).as("an English post on a Spanish page").isEqualTo("en");
		assertThat(page.select(".release-line").attr("lang")).isEqualTo("es");
	}

	@Test
	void aTranslationIsOfferedInTheHeadAndOnThePage() throws Exception {
		Post english = this.fixtures.publish(PostBuilder.pressRelease("Translated release"));
		Post spanish = this.fixtures
			.publish(PostBuilder.pressRelease("Comunicado traducido").language("es").translationOf(english.id()));

		Document page = Jsoup.parse(this.fixtures.reader().get(english.url()).body());

		assertThat(page.select("link[rel=alternate][hreflang=es]").attr("href"))
			.isEqualTo(this.settings.absolute(spanish.url()));
		assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href"))
			.isEqualTo(this.settings.absolute(english.url()));
		Element link = page.selectFirst(".news-translation a");
		assertThat(link.text()).isEqualTo("Leer en español");
		assertThat(link.attr("href")).isEqualTo(spanish.url());
		assertThat(link.attr("lang")).isEqualTo("es");
		assertThat(link.attr("hreflang")).isEqualTo("es");

		Document back = Jsoup.parse(this.fixtures.reader().get(spanish.url()).body());
		assertThat(back.select(".news-translation a").text()).isEqualTo("Read in English");
		assertThat(back.select("article").attr("lang")).isEqualTo("es");
		assertThat(back.select(".news-body .dateline").text()).as("the dateline is in the post's language")
			.startsWith("TUCSON, Arizona, ")
			.contains(" de 20");
	}

	@Test
	void anEmbargoedReleaseStatesItsEmbargoInItsOwnZone() throws Exception {
		Instant until = Instant.parse("2026-03-05T16:00:00Z");
		Post release = this.newsroom.publishAsOf(this.newsroom.create(
				PostBuilder.pressRelease("Past embargo").embargoedUntil(until, ZoneId.of("America/Phoenix")).content())
			.id(), until);

		Document page = Jsoup.parse(this.fixtures.reader().get(release.url()).body());

		assertThat(page.select(".release-line").text()).isEqualTo("Embargoed until 5 March 2026, 9:00 AM MST");
	}

	@Test
	void aCorrectionIsShownWithItsDate() throws Exception {
		Post post = this.fixtures.publish(PostBuilder.post(PostKind.NEWS, "Corrected news"));
		this.newsroom.correct(post.id(), "An earlier version misspelled the mayor's name.");

		Document page = Jsoup.parse(this.fixtures.reader().get(post.url()).body());

		Element correction = page.selectFirst(".corrections");
		assertThat(correction.text()).startsWith("Updated ")
			.endsWith(": An earlier version misspelled the mayor's name.");
		assertThat(correction.select("time").attr("datetime")).isNotBlank();
		assertThat(page.select(".post__meta time")).hasSize(2);
	}

	@Test
	void headingsInTheBodyStartBelowTheTitle() throws Exception {
		Post post = this.fixtures.publish(PostBuilder.post(PostKind.NEWS, "Headed news")
			.body("# A big heading\n\nText.\n\n## A smaller one\n\nMore text."));

		Document page = Jsoup.parse(this.fixtures.reader().get(post.url()).body());

		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select(".news-body h2").text()).isEqualTo("A big heading");
		assertThat(page.select(".news-body h3").text()).isEqualTo("A smaller one");
	}

	@Test
	void anUnknownPostIsTheLocalisedNotFoundPage() throws Exception {
		HttpResponse<String> english = this.fixtures.reader().get("/news/no-such-post-anywhere");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("Page not found");

		HttpResponse<String> spanish = this.fixtures.reader()
			.get("/news/no-such-post-anywhere", "Accept-Language", "es");
		assertThat(spanish.statusCode()).isEqualTo(404);
		assertThat(spanish.body()).contains("<html lang=\"es\">").contains("Página no encontrada");
	}

}
