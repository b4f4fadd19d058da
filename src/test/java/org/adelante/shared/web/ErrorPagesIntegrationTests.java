package org.adelante.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.adelante.test.AdelanteIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@AdelanteIntegrationTest
class ErrorPagesIntegrationTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Test
	void anUnknownAddressIsALocalisedNotFoundPage() throws Exception {
		HttpResponse<String> english = get("/no-such-page", "en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("<html lang=\"en\">").contains("Page not found");

		HttpResponse<String> spanish = get("/no-such-page", "es-MX,es;q=0.9");
		assertThat(spanish.statusCode()).isEqualTo(404);
		assertThat(spanish.body()).contains("<html lang=\"es\">").contains("Página no encontrada");
	}

	@Test
	void anUnexpectedFailureShowsAReferenceButNoDetails() throws Exception {
		HttpResponse<String> response = get("/test/failure", "es");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("<html lang=\"es\">")
			.containsPattern("[0-9a-f]{8}")
			.doesNotContain("secret-detail")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at org.");
		HttpResponse<String> english = get("/test/failure", "en");
		assertThat(english.body()).containsPattern("reference: [0-9a-f]{8}").doesNotContain("{0}");
	}

	@Test
	void aMalformedParameterIsABadRequest() throws Exception {
		HttpResponse<String> response = get("/test/failure?code=not-a-number", "en");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("NumberFormatException").doesNotContain("For input string");
	}

	@Test
	void aLanguageChoiceIsRememberedInACookie() throws Exception {
		HttpResponse<String> response = get("/login?lang=es", "en");
		assertThat(response.body()).contains("<html lang=\"es\">");
		assertThat(response.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("lang=es"));
	}

	@Test
	void anAdminPageSendsAnonymousVisitorsToSignIn() throws Exception {
		HttpResponse<String> response = get("/admin", "en");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

	@Test
	void aFormPostWithoutCsrfTokenIsForbiddenWithoutDetails() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=a%40b.c&password=x"))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void pagesSendSecurityHeaders() throws Exception {
		HttpResponse<String> response = get("/login", "en");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	private HttpResponse<String> get(String path, String language) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", language)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
