package org.adelante.newsroom.media;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaAssetTests {

	private static final String KEY = "0123456789abcdef0123456789abcdef";

	private final MediaAsset photo = new MediaAsset(1, KEY, "march.jpg", 3000, 2000, "jpeg",
			List.of(320, 640, 960, 1280, 1920), Instant.EPOCH);

	@Test
	void urlsNameTheVariantFile() {
		assertThat(this.photo.url(640)).isEqualTo("/media/" + KEY + "/640.jpg");
		assertThat(new MediaAsset(2, KEY, "logo.png", 500, 500, "png", List.of(320, 500), Instant.EPOCH).url(500))
			.isEqualTo("/media/" + KEY + "/500.png");
	}

	@Test
	void askingForAnUnstoredWidthGivesTheNextWiderVariant() {
		assertThat(this.photo.url(700)).endsWith("/960.jpg");
		assertThat(this.photo.url(100)).endsWith("/320.jpg");
		assertThat(this.photo.url(5000)).endsWith("/1920.jpg");
	}

	@Test
	void srcsetListsEveryVariantWithItsWidth() {
		assertThat(this.photo.srcset())
			.isEqualTo("/media/" + KEY + "/320.jpg 320w, /media/" + KEY + "/640.jpg 640w, " + "/media/" + KEY
					+ "/960.jpg 960w, /media/" + KEY + "/1280.jpg 1280w, /media/" + KEY + "/1920.jpg 1920w");
	}

	@Test
	void theDefaultIsTheWidestVariantUpTo1280() {
		assertThat(this.photo.defaultUrl()).endsWith("/1280.jpg");
		MediaAsset medium = new MediaAsset(3, KEY, "a.jpg", 1000, 500, "jpeg", List.of(320, 640, 960, 1000),
				Instant.EPOCH);
		assertThat(medium.defaultWidth()).isEqualTo(1000);
		MediaAsset small = new MediaAsset(4, KEY, "b.jpg", 250, 100, "jpeg", List.of(250), Instant.EPOCH);
		assertThat(small.defaultUrl()).endsWith("/250.jpg");
	}

	@Test
	void onlyTheStoredWidthsAreVariants() {
		assertThat(this.photo.hasWidth(640)).isTrue();
		assertThat(this.photo.hasWidth(700)).isFalse();
		assertThat(this.photo.hasWidth(3000)).isFalse();
	}

	@Test
	void heightsKeepTheProportions() {
		assertThat(this.photo.heightFor(960)).isEqualTo(640);
		assertThat(this.photo.heightFor(320)).isEqualTo(213);
		assertThat(new MediaAsset(5, KEY, "c.jpg", 1000, 1, "jpeg", List.of(320, 640, 960, 1000), Instant.EPOCH)
			.heightFor(320)).isEqualTo(1);
	}

	@Test
	void onlyHexKeysOfTheRightLengthAreValid() {
		assertThat(MediaAsset.KEY_PATTERN.matcher(KEY).matches()).isTrue();
		assertThat(MediaAsset.KEY_PATTERN.matcher("..%2F..%2Fetc").matches()).isFalse();
		assertThat(MediaAsset.KEY_PATTERN.matcher(KEY.toUpperCase()).matches()).isFalse();
		assertThat(MediaAsset.KEY_PATTERN.matcher(KEY + "0").matches()).isFalse();
	}

}
