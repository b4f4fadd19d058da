package org.adelante.newsroom.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExifOrientationTests {

	private static final int MAKE = 0x010F;

	private static final int MODEL = 0x0110;

	private static final int ORIENTATION = 0x0112;

	private static final int X_RESOLUTION = 0x011A;

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

	@Test
	void theOrientationIsFoundAmongTheCamerasOtherTags() {
		byte[] jpeg = jpegWithApp1(exif(true, MAKE, MODEL, ORIENTATION, X_RESOLUTION));

		assertThat(ExifOrientation.of(jpeg)).isEqualTo(6);
	}

	@Test
	void theOrientationIsReadUpToTheVeryEndOfTheExifBlock() {
		byte[] jpeg = jpegWithApp1(exif(false, MAKE, ORIENTATION));

		assertThat(ExifOrientation.of(jpeg)).isEqualTo(6);
	}

	@Test
	void anExifBlockAfterOtherMetadataIsFound() {
		byte[] xmp = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'/>"
			.getBytes(StandardCharsets.US_ASCII);

		assertThat(ExifOrientation.of(jpegWithApp1(xmp, exif(true, ORIENTATION)))).isEqualTo(6);
		assertThat(ExifOrientation.of(jpegWithApp1(xmp))).isEqualTo(ExifOrientation.NORMAL);
	}

	@Test
	void exifWithoutAnOrientationIsUpright() {
		assertThat(ExifOrientation.of(jpegWithApp1(exif(true, MAKE, MODEL)))).isEqualTo(ExifOrientation.NORMAL);
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

	/** A JPEG with APP1 blocks carrying the payloads, in order, after its APP0 block. */
	private static byte[] jpegWithApp1(byte[]... payloads) {
		byte[] jpeg = TestImages.jpeg(40, 30);
		int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
		int insertAt = 2 + 2 + app0Length;
		ByteArrayOutputStream result = new ByteArrayOutputStream();
		result.write(jpeg, 0, insertAt);
		for (byte[] payload : payloads) {
			result.write(0xFF);
			result.write(0xE1);
			result.write((payload.length + 2) >> 8);
			result.write(payload.length + 2);
			result.writeBytes(payload);
		}
		result.write(jpeg, insertAt, jpeg.length - insertAt);
		return result.toByteArray();
	}

	/**
	 * A big-endian EXIF payload whose first directory holds the tags in order, the
	 * orientation with the value 6, optionally followed by the (empty) next directory's
	 * offset.
	 */
	private static byte[] exif(boolean nextDirectory, int... tags) {
		ByteBuffer exif = ByteBuffer.allocate(6 + 8 + 2 + tags.length * 12 + (nextDirectory ? 4 : 0));
		exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		exif.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		exif.putShort((short) tags.length);
		for (int tag : tags) {
			exif.putShort((short) tag).putShort((short) 3).putInt(1);
			exif.putShort((short) ((tag == ORIENTATION) ? 6 : 1)).putShort((short) 0);
		}
		if (nextDirectory) {
			exif.putInt(0);
		}
		return exif.array();
	}

}
