package org.adelante.shared.web;

import java.net.http.HttpResponse;

import org.adelante.shared.security.Role;
import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.WebSessions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files every page needs besides itself exist and may be cached: browsers and
 * auditing tools ask for {@code /favicon.ico} on every site, and pages name an SVG icon.
 */
@AdelanteIntegrationTest
class SiteAssetsIntegrationTests {

	@Autowired
	WebSessions web;

	@Test
	void theIconsExistAndMayBeCached() {
		HttpResponse<byte[]> ico = this.web.anonymous().getBytes("/favicon.ico");
		assertThat(ico.statusCode()).isEqualTo(200);
		assertThat(ico.body()).startsWith(0, 0, 1, 0);
		assertThat(ico.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("public").contains("max-age"));

		HttpResponse<String> svg = this.web.anonymous().get("/favicon.svg");
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
		assertThat(svg.body()).startsWith("<svg");
	}

	@Test
	void publicAndAdminPagesNameTheIcon() {
		assertThat(Jsoup.parse(this.web.anonymous().get("/").body()).select("link[rel=icon]").attr("href"))
			.isEqualTo("/favicon.svg");
		assertThat(
				Jsoup.parse(this.web.signedIn(Role.EDITOR).get("/admin").body()).select("link[rel=icon]").attr("href"))
			.isEqualTo("/favicon.svg");
	}

}
