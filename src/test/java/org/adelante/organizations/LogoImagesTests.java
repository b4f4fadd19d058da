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
	void theHashIsTheSha256OfTheBytes() {
		assertThat(LogoImages.hash("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	static byte[] image(String format) throws IOException {
		BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0x9c2a00);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}

}
