package org.adelante.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.adelante.test.AdelanteIntegrationTest;
import org.adelante.test.HtmlChecker;
import org.adelante.test.WebSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused before the application's pages are reached, by the servlet container
 * (a path that is no path, an overlong address or header, too many headers) or by the
 * security firewall, still get a small error page with the security headers, and no stack
 * trace or server version. Sent over a raw socket: HTTP clients refuse to send most of
 * these.
 */
@AdelanteIntegrationTest
class ServerErrorReportsIntegrationTests {

	@Autowired
	WebSessions web;

	@ParameterizedTest
	@ValueSource(strings = { "/%FF%00", "/..;/", "/%2e%2e/%2e%2e/etc/passwd", "/news/%00", "/news/%", "/news?page=%G1",
			"/admin/posts?q=%" })
	void anAddressTheServerCannotReadIsABadRequestWithTheSecurityHeaders(String path) throws IOException {
		Answer answer = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(400);
		assertSmallSafePage(answer);
	}

	@Test
	void aVeryLongAddressIsABadRequestWithTheSecurityHeaders() throws IOException {
		Answer answer = send(
				"GET /news?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(400);
		assertSmallSafePage(answer);
	}

	@Test
	void aVeryLongHeaderIsABadRequestInTheReadersLanguage() throws IOException {
		Answer answer = send("GET / HTTP/1.1\r\nHost: localhost\r\nAccept-Language: es\r\nX-Padding: "
				+ "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(400);
		assertSmallSafePage(answer);
		assertThat(answer.body()).contains("<html lang=\"es\">").contains("Algo en la solicitud no es correcto");
	}

	@Test
	void tooManyHeadersAreABadRequestWithTheSecurityHeaders() throws IOException {
		StringBuilder request = new StringBuilder("GET / HTTP/1.1\r\nHost: localhost\r\n");
		for (int i = 0; i < 200; i++) {
			request.append("X-Header-").append(i).append(": ").append(i).append("\r\n");
		}
		Answer answer = send(request.append("Connection: close\r\n\r\n").toString());

		assertThat(answer.status()).isEqualTo(400);
		assertSmallSafePage(answer);
	}

	@Test
	void aPathTheFirewallRefusesGetsTheLocalisedPageWithTheSecurityHeaders() throws IOException {
		Answer answer = send("GET /news;jsessionid=abc HTTP/1.1\r\nHost: localhost\r\nAccept-Language: es\r\n"
				+ "Connection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(400);
		assertSecurityHeaders(answer);
		assertThat(answer.body()).contains("<html lang=\"es\">").doesNotContain("Exception");
	}

	@Test
	void aMethodTheServerDoesNotServeGetsTheSecurityHeaders() throws IOException {
		Answer answer = send("TRACE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(405);
		assertSecurityHeaders(answer);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "PATCH", "DELETE" })
	void aFormBodyIsReadOnlyFromAPost(String method) throws IOException {
		String body = "title=%G1&summary=%";
		Answer answer = send(method + " /admin/posts HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
				+ "\r\nConnection: close\r\n\r\n" + body);

		assertThat(answer.status()).isEqualTo(403);
		assertSecurityHeaders(answer);
	}

	@Test
	void theErrorPageAskedForDirectlyDoesNotExist() {
		assertThat(this.web.anonymous().get("/error").statusCode()).isEqualTo(404);
	}

	private static void assertSmallSafePage(Answer answer) {
		assertSecurityHeaders(answer);
		assertThat(answer.header("content-type")).startsWith("text/html");
		assertThat(answer.header("server")).isNull();
		assertThat(answer.body().length()).isLessThan(2_000);
		assertThat(answer.body()).contains("<h1>")
			.doesNotContain("Tomcat")
			.doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("Invalid");
		HtmlChecker.assertValid(answer.body());
	}

	private static void assertSecurityHeaders(Answer answer) {
		assertThat(answer.header("content-security-policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
		assertThat(answer.header("x-frame-options")).isEqualTo("DENY");
		assertThat(answer.header("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(answer.header("cache-control")).isEqualTo("no-store");
	}

	/** Sends the request as it is and reads the whole answer. */
	private Answer send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.web.port())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request.getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before it has read everything.
			}
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			InputStream in = socket.getInputStream();
			try {
				in.transferTo(received);
			}
			catch (SocketTimeoutException ex) {
				// Whatever arrived is the answer.
			}
			return Answer.parse(received.toString(StandardCharsets.UTF_8));
		}
	}

	/**
	 * An HTTP answer as received.
	 *
	 * @param status its status code
	 * @param headers its headers by lower-case name
	 * @param body its body
	 */
	record Answer(int status, Map<String, String> headers, String body) {

		static Answer parse(String text) {
			int end = text.indexOf("\r\n\r\n");
			assertThat(end).as("an HTTP answer: %s", text).isPositive();
			String[] lines = text.substring(0, end).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
		}

		String header(String name) {
			return this.headers.get(name);
		}

	}

}
