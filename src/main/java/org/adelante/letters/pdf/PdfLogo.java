package org.adelante.letters.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our logo as a letter's PDF shows it: a PNG inside the document (a WebP logo is
 * converted, since PDF cannot hold one), sized to fit the letterhead without distortion.
 *
 * @param dataUri the image as a {@code data:} address, so the renderer fetches nothing
 * @param width its width on the page, in millimetres
 * @param height its height on the page, in millimetres
 */
public record PdfLogo(String dataUri, String width, String height) {

	private static final Logger logger = LoggerFactory.getLogger(PdfLogo.class);

	/** The most room the logo takes at the top of the first page, in millimetres. */
	static final double MAX_WIDTH = 50;

	static final double MAX_HEIGHT = 18;

	static {
		// Finds the WebP reader in a packaged application too, as the logo upload does.
		ImageIO.setUseCache(false);
		ImageIO.scanForPlugins();
	}

	/** The logo, or {@code null} if there is none or it cannot be read. */
	static PdfLogo of(byte[] file) {
		if (file == null || file.length == 0) {
			return null;
		}
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
			if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
				logger.warn("Our logo could not be read; the letter's PDF is rendered without it");
				return null;
			}
			double scale = Math.min(MAX_WIDTH / image.getWidth(), MAX_HEIGHT / image.getHeight());
			return new PdfLogo(dataUri(file, image), millimetres(image.getWidth() * scale),
					millimetres(image.getHeight() * scale));
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Our logo could not be read; the letter's PDF is rendered without it", ex);
			return null;
		}
	}

	/** A PNG or JPEG file as it is; anything else (WebP) as a PNG. */
	private static String dataUri(byte[] file, BufferedImage image) throws IOException {
		boolean png = file.length > 4 && (file[0] & 0xff) == 0x89 && file[1] == 'P' && file[2] == 'N' && file[3] == 'G';
		boolean jpeg = file.length > 3 && (file[0] & 0xff) == 0xff && (file[1] & 0xff) == 0xd8
				&& (file[2] & 0xff) == 0xff;
		if (png || jpeg) {
			return "data:image/" + (png ? "png" : "jpeg") + ";base64," + Base64.getEncoder().encodeToString(file);
		}
		ByteArrayOutputStream converted = new ByteArrayOutputStream();
		ImageIO.write(image, "png", converted);
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(converted.toByteArray());
	}

	private static String millimetres(double length) {
		return String.format(Locale.ROOT, "%.2fmm", length);
	}

}
