package org.adelante.accounts;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterDraft;
import org.adelante.letters.LetterFixtures;
import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.adelante.letters.LetterFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other sites may frame only the pages modules declare framable (a letter's embeddable
 * pages), and only the sites the setting names ({@code adelante.letters.embed-ancestors},
 * which the test profile sets to
 * {@code 'self' https://partners.test.adelante http://127.0.0.1:*}); every other page,
 * staff pages and error pages included, still refuses to be framed in both ways browsers
 * know.
 */
@AdelanteIntegrationTest
class FramingIntegrationTests {

	private static final String CONFIGURED = "frame-ancestors 'self' https://partners.test.adelante http://127.0.0.1:*";

	@Autowired
	WebSessions web;

	@Autowired
	ApplicationContext context;

	@Test
	void theEmbeddablePagesNameTheConfiguredSitesAndSendNoFrameOptions() {
		Letter letter = new LetterFixtures(this.context).open(LetterDraft.titled("Framed " + unique()));
		WebSession reader = this.web.anonymous();

		for (String path : new String[] { letter.url() + "/embed", letter.url() + "/embed?lang=es",
				letter.url() + "/embed/check-email" }) {
			HttpResponse<String> response = reader.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValue(SecurityHeaders.BASE_POLICY + "; " + CONFIGURED);
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).isEmpty();
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
		}
	}

	@Test
	void everyOtherPageStillRefusesToBeFramed() {
		Letter letter = new LetterFixtures(this.context).open(LetterDraft.titled("Not framed " + unique()));
		WebSession organiser = this.web.signedIn(Role.ORGANISER);
		WebSession reader = this.web.anonymous();
		Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
		pages.put("the letter's page", reader.get(letter.url()));
		pages.put("its signing page", reader.get(letter.url() + "/sign"));
		pages.put("its check-email page", reader.get(letter.url() + "/check-email"));
		pages.put("its count", reader.get(letter.url() + "/count.json"));
		pages.put("the home page", reader.get("/"));
		pages.put("the letter's admin page", organiser.get("/admin/letters/" + letter.id()));
		pages.put("a page not found", reader.get("/letters/no-such-letter-" + unique()));
		pages.put("an address nothing answers", reader.get("/no-such-page/embed"));
		pages.put("a path the firewall refuses", reader.get(letter.url() + ";x=1"));

		pages.forEach((name, response) -> {
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(name)
				.hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
			assertThat(response.headers().firstValue("X-Frame-Options")).as(name).hasValue("DENY");
		});
		assertThat(pages.get("the letter's admin page").statusCode()).isEqualTo(200);
		assertThat(pages.get("a page not found").statusCode()).isEqualTo(404);
		assertThat(pages.get("a path the firewall refuses").statusCode()).isEqualTo(400);
	}

}
