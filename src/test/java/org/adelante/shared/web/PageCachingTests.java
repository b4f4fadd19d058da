package org.adelante.shared.web;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

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

}
