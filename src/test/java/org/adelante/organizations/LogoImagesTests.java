package org.adelante.organizations;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogoImagesTests {

	/** A 1×1 lossless WebP image. */
	static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

	@Test
	void realPngJpegAndWebpImagesAreAccepted() throws IOException {
		assertThat(LogoImages.sniff(image("png"))).isEqualTo("image/png");
		assertThat(LogoImages.problem(image("png"), 1024 * 1024)).isNull();
		assertThat(LogoImages.sniff(image("jpeg"))).isEqualTo("image/jpeg");
		assertThat(LogoImages.problem(image("jpeg"), 1024 * 1024)).isNull();
		assertThat(LogoImages.sniff(WEBP)).isEqualTo("image/webp");
		assertThat(LogoImages.problem(WEBP, 1024 * 1024)).isNull();
	}

	@Test
	void textIsNotAnImageWhateverItIsCalled() {
		byte[] text = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
		assertThat(LogoImages.sniff(text)).isNull();
		assertThat(LogoImages.problem(text, 1024 * 1024)).isEqualTo("organizations.error.logo.type");
	}

	@Test
	void aGifIsNotAcceptedEvenThoughItIsAnImage() throws IOException {
		assertThat(LogoImages.problem(image("gif"), 1024 * 1024)).isEqualTo("organizations.error.logo.type");
	}

	@Test
	void aTruncatedPngIsUnreadable() throws IOException {
		byte[] png = image("png");
		byte[] truncated = Arrays.copyOf(png, 40);
		assertThat(LogoImages.problem(truncated, 1024 * 1024)).isEqualTo("organizations.error.logo.unreadable");
	}

	@Test
	void aFileOverTheLimitIsTooLarge() throws IOException {
		byte[] png = image("png");
		assertThat(LogoImages.problem(png, png.length - 1)).isEqualTo("organizations.error.logo.tooLarge");
	}

	@Test
	void aFileOfExactlyTheLimitIsAccepted() throws IOException {
		byte[] png = image("png");
		assertThat(LogoImages.problem(png, png.length)).isNull();
	}

	@Test
	void theSignatureAloneIsEnoughToTellTheType() {
		assertThat(LogoImages.sniff(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })).isEqualTo("image/jpeg");
		assertThat(LogoImages.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }))
			.isEqualTo("image/png");
		assertThat(LogoImages.sniff("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.US_ASCII))).isEqualTo("image/webp");
		assertThat(LogoImages.sniff(new byte[] { (byte) 0xff, (byte) 0xd8 })).isNull();
		assertThat(LogoImages.sniff("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.US_ASCII))).isNull();
	}

	@Test
	void aLogoMayBeAsWideOrHighAsTheLargestSideButNoMore() throws IOException {
		int largest = LogoImages.MAX_SIDE;
		assertThat(LogoImages.problem(image("png", largest, 1), 1024 * 1024)).isNull();
		assertThat(LogoImages.problem(image("png", 1, largest), 1024 * 1024)).isNull();
		assertThat(LogoImages.problem(image("png", largest + 1, 1), 1024 * 1024))
			.isEqualTo("organizations.error.logo.unreadable");
		assertThat(LogoImages.problem(image("png", 1, largest + 1), 1024 * 1024))
			.isEqualTo("organizations.error.logo.unreadable");
	}

	@Test
	void theHashIsTheSha256OfTheBytes() {
		assertThat(LogoImages.hash("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	static byte[] image(String format) throws IOException {
		return image(format, 40, 20);
	}

	static byte[] image(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(width / 2, height / 2, 0x9c2a00);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

}
