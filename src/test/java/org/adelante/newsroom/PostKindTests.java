package org.adelante.newsroom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostKindTests {

	@Test
	void aKindIsNamedInUrlsAndMessagesWithHyphens() {
		assertThat(PostKind.MEDIA_ADVISORY.param()).isEqualTo("media-advisory");
		assertThat(PostKind.MEDIA_ADVISORY.labelKey()).isEqualTo("post.kind.media-advisory");
		assertThat(PostKind.MEDIA_ADVISORY.pluralKey()).isEqualTo("post.kinds.media-advisory");
	}

	@Test
	void everyKindIsFoundByItsUrlFormAndNothingElseIs() {
		for (PostKind kind : PostKind.values()) {
			assertThat(PostKind.fromParam(kind.param())).contains(kind);
		}
		assertThat(PostKind.fromParam("MEDIA_ADVISORY")).isEmpty();
		assertThat(PostKind.fromParam("")).isEmpty();
		assertThat(PostKind.fromParam(null)).isEmpty();
	}

	@Test
	void everyKindButNewsCarriesAReleaseLine() {
		assertThat(PostKind.PRESS_RELEASE.isRelease()).isTrue();
		assertThat(PostKind.STATEMENT.isRelease()).isTrue();
		assertThat(PostKind.MEDIA_ADVISORY.isRelease()).isTrue();
		assertThat(PostKind.REPOST.isRelease()).isTrue();
		assertThat(PostKind.NEWS.isRelease()).isFalse();
	}

	@Test
	void onlyAPressReleaseEndsWithTheBoilerplate() {
		assertThat(PostKind.PRESS_RELEASE.endsWithBoilerplate()).isTrue();
		assertThat(PostKind.STATEMENT.endsWithBoilerplate()).isFalse();
		assertThat(PostKind.REPOST.endsWithBoilerplate()).isFalse();
		assertThat(PostKind.NEWS.endsWithBoilerplate()).isFalse();
	}

}
