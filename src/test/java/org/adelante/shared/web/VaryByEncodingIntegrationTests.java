package org.adelante.shared.web;

import java.net.http.HttpResponse;

import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.WebSession;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@AdelanteIntegrationTest
class VaryByEncodingIntegrationTests {

	@Autowired
	WebSessions web;

	@Test
	void theStylesheetIsConfirmedWithTheVaryHeaderItWasSentWith() {
		HttpResponse<byte[]> compressed = this.web.anonymous().getBytes("/css/site.css", "Accept-Encoding", "gzip");
		assertThat(compressed.statusCode()).isEqualTo(200);
		assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(WebSession.vary(compressed)).contains("accept-encoding");
		String lastModified = compressed.headers().firstValue("Last-Modified").orElseThrow();

		HttpResponse<byte[]> confirmed = this.web.anonymous()
			.getBytes("/css/site.css", "Accept-Encoding", "gzip", "If-Modified-Since", lastModified);
		assertThat(confirmed.statusCode()).isEqualTo(304);
		assertThat(WebSession.vary(confirmed)).isEqualTo(WebSession.vary(compressed));

		HttpResponse<byte[]> plain = this.web.anonymous().getBytes("/css/site.css");
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(WebSession.vary(plain)).isEqualTo(WebSession.vary(compressed));
	}

}
