package org.adelante.newsroom.media;

import java.awt.image.BufferedImage;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExifOrientationTests {

	@Test
	void theOrientationIsReadInEitherByteOrder() {
		assertThat(ExifOrientation.of(TestImages.jpegWithOrientation(400, 300, 6, true))).isEqualTo(6);
		assertThat(ExifOrientation.of(TestImages.jpegWithOrientation(400, 300, 8, false))).isEqualTo(8);
		assertThat(ExifOrientation.of(TestImages.jpegWithOrientation(400, 300, 3, false))).isEqualTo(3);
	}

	@Test
	void aJpegWithoutExifIsUpright() {
		assertThat(ExifOrientation.of(TestImages.jpeg(400, 300))).isEqualTo(ExifOrientation.NORMAL);
	}

	@Test
	void nonsenseOrTruncatedExifIsIgnored() {
		assertThat(ExifOrientation.of(TestImages.jpegWithOrientation(400, 300, 42, true)))
			.isEqualTo(ExifOrientation.NORMAL);
		byte[] truncated = Arrays.copyOf(TestImages.jpegWithOrientation(400, 300, 6, true), 40);
		assertThat(ExifOrientation.of(truncated)).isEqualTo(ExifOrientation.NORMAL);
	}

	/**
	 * A 3×2 image with pixels a b c / d e f, turned upright for each orientation; rows
	 * are separated by a slash.
	 */
	@ParameterizedTest
	@CsvSource({ "1, abc/def", "2, cba/fed", "3, fed/cba", "4, def/abc", "5, ad/be/cf", "6, da/eb/fc", "7, fc/eb/da",
			"8, cf/be/ad" })
	void everyOrientationIsTurnedUpright(int orientation, String expected) {
		BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
		String pixels = "abcdef";
		for (int i = 0; i < pixels.length(); i++) {
			image.setRGB(i % 3, i / 3, pixels.charAt(i));
		}
		BufferedImage upright = ExifOrientation.apply(image, orientation);
		StringBuilder actual = new StringBuilder();
		for (int y = 0; y < upright.getHeight(); y++) {
			if (y > 0) {
				actual.append('/');
			}
			for (int x = 0; x < upright.getWidth(); x++) {
				actual.append((char) (upright.getRGB(x, y) & 0xFFFFFF));
			}
		}
		assertThat(actual).hasToString(expected);
	}

}
