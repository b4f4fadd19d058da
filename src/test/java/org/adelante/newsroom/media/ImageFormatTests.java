package org.adelante.newsroom.media;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageFormatTests {

	@Test
	void formatsAreRecognisedByTheirFirstBytes() throws Exception {
		assertThat(ImageFormat.sniff(TestImages.jpeg(400, 300))).contains(ImageFormat.JPEG);
		assertThat(ImageFormat.sniff(TestImages.png(400, 300, false))).contains(ImageFormat.PNG);
		assertThat(ImageFormat.sniff(TestImages.resource("photo.webp"))).contains(ImageFormat.WEBP);
	}

	@Test
	void textIsNoImageWhateverItIsCalled() {
		assertThat(ImageFormat.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(ImageFormat.sniff(new byte[0])).isEmpty();
		assertThat(ImageFormat.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
	}

	@Test
	void theSignatureAloneIsEnoughToTellTheFormat() {
		assertThat(ImageFormat.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })).contains(ImageFormat.JPEG);
		assertThat(ImageFormat.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }))
			.contains(ImageFormat.PNG);
		assertThat(ImageFormat.sniff("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.US_ASCII)))
			.contains(ImageFormat.WEBP);
		assertThat(ImageFormat.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A })).isEmpty();
	}

	@Test
	void otherRiffFilesAreNoImages() {
		assertThat(ImageFormat.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(ImageFormat.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

}
