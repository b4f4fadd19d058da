package org.adelante.newsroom.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Real images made on the fly for tests, and a few doctored ones.
 */
public final class TestImages {

	static final Color LEFT = new Color(200, 30, 30);

	static final Color RIGHT = new Color(30, 60, 200);

	private TestImages() {
	}

	/** A JPEG whose left half is red and right half blue. */
	public static byte[] jpeg(int width, int height) {
		return encode(twoColours(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
	}

	/**
	 * A PNG whose left half is red and right half blue; with {@code transparent}, its
	 * corners are see-through.
	 */
	public static byte[] png(int width, int height, boolean transparent) {
		BufferedImage image = twoColours(width, height, BufferedImage.TYPE_INT_ARGB);
		if (transparent) {
			image.setRGB(0, 0, 0x00000000);
			image.setRGB(width - 1, height - 1, 0x80FFFFFF);
		}
		return encode(image, "png");
	}

	/** A test resource next to this class, such as {@code photo.webp}. */
	public static byte[] resource(String name) {
		try (InputStream input = TestImages.class.getResourceAsStream(name)) {
			if (input == null) {
				throw new IllegalArgumentException("No test resource " + name);
			}
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static BufferedImage decode(byte[] bytes) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw new IllegalArgumentException("Not an image ImageIO can read");
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A JPEG with an EXIF block giving the orientation, in big- or little-endian TIFF.
	 */
	static byte[] jpegWithOrientation(int width, int height, int orientation, boolean bigEndian) {
		byte[] jpeg = jpeg(width, height);
		int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
		int insertAt = 2 + 2 + app0Length;
		ByteArrayOutputStream exif = new ByteArrayOutputStream();
		exif.write(0xFF);
		exif.write(0xE1);
		writeShort(exif, 34, true);
		exif.writeBytes("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		exif.writeBytes(bigEndian ? new byte[] { 'M', 'M' } : new byte[] { 'I', 'I' });
		writeShort(exif, 42, bigEndian);
		writeInt(exif, 8, bigEndian);
		writeShort(exif, 1, bigEndian);
		writeShort(exif, 0x0112, bigEndian);
		writeShort(exif, 3, bigEndian);
		writeInt(exif, 1, bigEndian);
		writeShort(exif, orientation, bigEndian);
		writeShort(exif, 0, bigEndian);
		writeInt(exif, 0, bigEndian);
		ByteArrayOutputStream result = new ByteArrayOutputStream();
		result.write(jpeg, 0, insertAt);
		result.writeBytes(exif.toByteArray());
		result.write(jpeg, insertAt, jpeg.length - insertAt);
		return result.toByteArray();
	}

	/** A small real PNG whose header claims the given dimensions. */
	static byte[] pngClaiming(int width, int height) {
		byte[] png = png(300, 200, false);
		writeInt(png, 16, width);
		writeInt(png, 20, height);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17);
		writeInt(png, 29, (int) crc.getValue());
		return png;
	}

	/** A small real JPEG whose frame header claims the given dimensions. */
	static byte[] jpegClaiming(int width, int height) {
		byte[] jpeg = jpeg(300, 200);
		for (int i = 2; i + 9 < jpeg.length; i++) {
			if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
				jpeg[i + 5] = (byte) (height >> 8);
				jpeg[i + 6] = (byte) height;
				jpeg[i + 7] = (byte) (width >> 8);
				jpeg[i + 8] = (byte) width;
				return jpeg;
			}
		}
		throw new IllegalStateException("No baseline frame header found");
	}

	private static BufferedImage twoColours(int width, int height, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(LEFT);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(RIGHT);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, output)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return output.toByteArray();
	}

	private static void writeShort(ByteArrayOutputStream output, int value, boolean bigEndian) {
		if (bigEndian) {
			output.write(value >> 8);
			output.write(value);
		}
		else {
			output.write(value);
			output.write(value >> 8);
		}
	}

	private static void writeInt(ByteArrayOutputStream output, int value, boolean bigEndian) {
		if (bigEndian) {
			writeShort(output, value >>> 16, true);
			writeShort(output, value & 0xFFFF, true);
		}
		else {
			writeShort(output, value & 0xFFFF, false);
			writeShort(output, value >>> 16, false);
		}
	}

	private static void writeInt(byte[] data, int offset, int value) {
		data[offset] = (byte) (value >>> 24);
		data[offset + 1] = (byte) (value >>> 16);
		data[offset + 2] = (byte) (value >>> 8);
		data[offset + 3] = (byte) value;
	}

}
