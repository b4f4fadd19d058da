package org.adelante.newsroom.media;

import java.awt.image.BufferedImage;

import org.adelante.newsroom.media.UnsupportedImage.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImageProcessorTests {

	@Test
	void shrinkingAveragesFineDetailInsteadOfPickingPixels() {
		BufferedImage checkerboard = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 1200; y++) {
			for (int x = 0; x < 1600; x++) {
				checkerboard.setRGB(x, y, ((x + y) % 2 == 0) ? 0xFFFFFF : 0x000000);
			}
		}
		BufferedImage small = ImageProcessor.scale(checkerboard, 400, 300);
		assertThat(small.getWidth()).isEqualTo(400);
		assertThat(small.getHeight()).isEqualTo(300);
		double sum = 0;
		double squares = 0;
		int count = 0;
		for (int y = 10; y < 290; y++) {
			for (int x = 10; x < 390; x++) {
				int grey = small.getRGB(x, y) & 0xFF;
				sum += grey;
				squares += grey * grey;
				count++;
			}
		}
		double mean = sum / count;
		double deviation = Math.sqrt(squares / count - mean * mean);
		assertThat(mean).isBetween(110.0, 145.0);
		assertThat(deviation).isLessThan(12.0);
	}

	@Test
	void shrinkingInStepsLetsThinLinesFadeInsteadOfVanishing() {
		BufferedImage columns = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
		BufferedImage rows = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 1200; y++) {
			for (int x = 0; x < 1600; x++) {
				columns.setRGB(x, y, (x % 4 == 0) ? 0xFFFFFF : 0x000000);
				rows.setRGB(x, y, (y % 4 == 0) ? 0xFFFFFF : 0x000000);
			}
		}
		assertThat(meanGrey(ImageProcessor.scale(columns, 400, 300))).isBetween(50.0, 80.0);
		assertThat(meanGrey(ImageProcessor.scale(rows, 400, 300))).isBetween(50.0, 80.0);
	}

	@Test
	void shrinkingKeepsTransparency() {
		BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_ARGB);
		for (int x = 400; x < 800; x++) {
			for (int y = 0; y < 400; y++) {
				image.setRGB(x, y, 0xFF1E3CC8);
			}
		}
		BufferedImage small = ImageProcessor.scale(image, 200, 100);
		assertThat(small.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
		assertThat(small.getRGB(20, 50) >>> 24).isZero();
		assertThat(small.getRGB(180, 50)).isEqualTo(0xFF1E3CC8);
	}

	@Test
	void decodingChecksTheDimensionsBeforeThePixels() {
		assertThatExceptionOfType(UnsupportedImage.class)
			.isThrownBy(() -> ImageProcessor.decode(TestImages.pngClaiming(60000, 60000), 50_000_000L, 200))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_MANY_PIXELS));
		assertThatExceptionOfType(UnsupportedImage.class)
			.isThrownBy(() -> ImageProcessor.decode(TestImages.jpegClaiming(10000, 6000), 50_000_000L, 200))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_MANY_PIXELS));
	}

	@Test
	void anImageStoredOnItsSideIsCheckedAndDecodedUpright() {
		byte[] sideways = TestImages.jpegWithOrientation(400, 150, 6, true);
		assertThatExceptionOfType(UnsupportedImage.class)
			.isThrownBy(() -> ImageProcessor.decode(sideways, 50_000_000L, 200))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_SMALL));
		BufferedImage upright = ImageProcessor.decode(TestImages.jpegWithOrientation(400, 300, 6, true), 50_000_000L,
				200);
		assertThat(upright.getWidth()).isEqualTo(300);
		assertThat(upright.getHeight()).isEqualTo(400);
	}

	@Test
	void aOnePixelImageCanBeDecoded() {
		BufferedImage pixel = ImageProcessor.decode(TestImages.png(1, 1, false), 50_000_000L, 1);

		assertThat(pixel.getWidth()).isEqualTo(1);
		assertThat(pixel.getHeight()).isEqualTo(1);
	}

	@Test
	void anImageOfExactlyTheMostPixelsCanBeDecoded() {
		BufferedImage image = ImageProcessor.decode(TestImages.png(400, 300, false), 400 * 300, 200);

		assertThat(image.getWidth()).isEqualTo(400);
		assertThatExceptionOfType(UnsupportedImage.class)
			.isThrownBy(() -> ImageProcessor.decode(TestImages.png(400, 300, false), 400 * 300 - 1, 200))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_MANY_PIXELS));
	}

	@Test
	void anImageNarrowerThanTheMinimumIsTooSmall() {
		assertThat(ImageProcessor.decode(TestImages.png(200, 100, false), 50_000_000L, 200).getWidth()).isEqualTo(200);
		assertThatExceptionOfType(UnsupportedImage.class)
			.isThrownBy(() -> ImageProcessor.decode(TestImages.png(199, 100, false), 50_000_000L, 200))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.TOO_SMALL));
	}

	@Test
	void textIsNotAnImage() {
		assertThatExceptionOfType(UnsupportedImage.class)
			.isThrownBy(() -> ImageProcessor.decode("<svg onload=alert(1)>".getBytes(), 50_000_000L, 1))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.NOT_AN_IMAGE));
	}

	@Test
	void aTruncatedImageIsNotAnImage() {
		byte[] jpeg = TestImages.jpeg(400, 300);
		byte[] truncated = java.util.Arrays.copyOf(jpeg, 30);
		assertThatExceptionOfType(UnsupportedImage.class)
			.isThrownBy(() -> ImageProcessor.decode(truncated, 50_000_000L, 200))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.NOT_AN_IMAGE));
	}

	private static double meanGrey(BufferedImage image) {
		double sum = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				sum += image.getRGB(x, y) & 0xFF;
			}
		}
		return sum / (image.getWidth() * image.getHeight());
	}

}
