package org.adelante.shared.web;

import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page links to itself in the other language, keeping what the reader asked for (a
 * search, a page number) exactly as it was sent.
 */
@AdelanteIntegrationTest
class LanguageSwitchIntegrationTests {

	@Autowired
	WebSessions web;

	@Test
	void theOtherLanguageLinkKeepsTheQueryAsSent() {
		String page = this.web.signedIn(Role.EDITOR).get("/admin/organizations?q=caf%C3%A9&page=1").body();
		assertThat(Jsoup.parse(page).select("a[hreflang=es]").eachAttr("href"))
			.containsOnly("/admin/organizations?q=caf%C3%A9&page=1&lang=es");
	}

	@Test
	void theChosenLanguageIsReplacedNotRepeated() {
		String page = this.web.anonymous().get("/news?lang=es&kind=news").body();
		assertThat(Jsoup.parse(page).select("a[hreflang=en]").eachAttr("href")).containsOnly("/news?kind=news&lang=en");
	}

}
