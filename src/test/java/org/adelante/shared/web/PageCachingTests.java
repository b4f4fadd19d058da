package org.adelante.shared.web;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PageCachingTests {

	private static final Instant TIME = Instant.parse("2026-03-05T16:00:00.123456Z");

	@Test
	void theEtagIsWeakAndStable() {
		String etag = PageCaching.etag("post:1", Locale.ENGLISH, TIME);

		assertThat(etag).matches("W/\"[0-9a-f]{24}\"");
		assertThat(PageCaching.etag("post:1", Locale.ENGLISH, TIME)).isEqualTo(etag);
	}

	@Test
	void theEtagChangesWithThePageTheLanguageAndTheTime() {
		String etag = PageCaching.etag("post:1", Locale.ENGLISH, TIME);

		assertThat(PageCaching.etag("post:2", Locale.ENGLISH, TIME)).isNotEqualTo(etag);
		assertThat(PageCaching.etag("post:1", Locale.forLanguageTag("es"), TIME)).isNotEqualTo(etag);
		assertThat(PageCaching.etag("post:1", Locale.ENGLISH, TIME.plusNanos(1000))).isNotEqualTo(etag);
	}

	@Test
	void theLatestTimeIgnoresMissingOnes() {
		assertThat(PageCaching.latest(null, TIME, TIME.minusSeconds(5), null)).isEqualTo(TIME);
		assertThat(PageCaching.latest()).isEqualTo(Instant.EPOCH);
	}

	@Test
	void aPrivatePageMayNotBeKeptByAnyCache() {
		MockHttpServletResponse response = new MockHttpServletResponse();

		PageCaching.privatePage(response);

		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-store");
		assertThat(response.getHeader(HttpHeaders.VARY)).isEqualTo("Accept-Encoding, Accept-Language, Cookie");
	}

	@Test
	void aFirstVisitGetsThePageWithItsValidatorAndAShortPublicLifetime() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/news/a-post");
		MockHttpServletResponse response = new MockHttpServletResponse();

		boolean notModified = PageCaching.notModified(new ServletWebRequest(request, response), response, "post:1",
				Locale.ENGLISH, TIME);

		assertThat(notModified).isFalse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
		assertThat(response.getHeader(HttpHeaders.VARY)).isEqualTo("Accept-Encoding, Accept-Language, Cookie");
		assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo(PageCaching.etag("post:1", Locale.ENGLISH, TIME));
		assertThat(response.getDateHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo(TIME.toEpochMilli() / 1000 * 1000);
	}

	@Test
	void aRevisitWithTheCurrentValidatorIsAnsweredNotModified() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/news/a-post");
		request.addHeader(HttpHeaders.IF_NONE_MATCH, PageCaching.etag("post:1", Locale.ENGLISH, TIME));
		MockHttpServletResponse response = new MockHttpServletResponse();

		boolean notModified = PageCaching.notModified(new ServletWebRequest(request, response), response, "post:1",
				Locale.ENGLISH, TIME);

		assertThat(notModified).isTrue();
		assertThat(response.getStatus()).isEqualTo(304);
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
	}

	@Test
	void aRevisitWithAnOutdatedValidatorGetsThePageAgain() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/news/a-post");
		request.addHeader(HttpHeaders.IF_NONE_MATCH, PageCaching.etag("post:1", Locale.ENGLISH, TIME.minusSeconds(60)));
		MockHttpServletResponse response = new MockHttpServletResponse();

		boolean notModified = PageCaching.notModified(new ServletWebRequest(request, response), response, "post:1",
				Locale.ENGLISH, TIME);

		assertThat(notModified).isFalse();
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void staffAreNeverAnsweredFromTheirCacheAndReadersAre() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/letters/a-letter");
		request.addHeader(HttpHeaders.IF_NONE_MATCH, PageCaching.etag("letter:1", Locale.ENGLISH, TIME));
		MockHttpServletResponse staffResponse = new MockHttpServletResponse();
		MockHttpServletResponse readerResponse = new MockHttpServletResponse();

		boolean forStaff = PageCaching.notModified(new ServletWebRequest(request, staffResponse), staffResponse,
				() -> "editor@example.org", "letter:1", Locale.ENGLISH, TIME);
		boolean forReader = PageCaching.notModified(new ServletWebRequest(request, readerResponse), readerResponse,
				null, "letter:1", Locale.ENGLISH, TIME);

		assertThat(forStaff).isFalse();
		assertThat(staffResponse.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-store");
		assertThat(staffResponse.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(forReader).isTrue();
		assertThat(readerResponse.getStatus()).isEqualTo(304);
	}

}
