package org.adelante.newsroom.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The EXIF orientation of a JPEG (how a camera says the stored pixels must be turned to
 * be upright), and turning an image accordingly. Metadata is dropped when variants are
 * written, so the orientation has to be baked into the pixels.
 */
final class ExifOrientation {

	static final int NORMAL = 1;

	private static final int ORIENTATION_TAG = 0x0112;

	private ExifOrientation() {
	}

	/**
	 * The orientation (1 to 8) recorded in a JPEG's EXIF block, or {@link #NORMAL} when
	 * there is none or it cannot be read.
	 */
	static int of(byte[] jpeg) {
		try {
			int position = 2;
			while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
				int marker = jpeg[position + 1] & 0xFF;
				if (marker == 0xDA || marker == 0xD9) {
					break;
				}
				int length = readShort(jpeg, position + 2, true);
				if (marker == 0xE1 && isExif(jpeg, position + 4)) {
					int orientation = readOrientation(jpeg, position + 10, position + 2 + length);
					return (orientation >= 1 && orientation <= 8) ? orientation : NORMAL;
				}
				position += 2 + length;
			}
		}
		catch (ArrayIndexOutOfBoundsException ex) {
			// A truncated or malformed EXIF block: treat the picture as upright.
		}
		return NORMAL;
	}

	/** Whether an image with this orientation is stored on its side. */
	static boolean swapsSides(int orientation) {
		return orientation >= 5 && orientation <= 8;
	}

	/**
	 * The image turned upright. The image must be of type {@code TYPE_INT_RGB} or
	 * {@code TYPE_INT_ARGB}; the result has the same type.
	 */
	static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation == NORMAL || orientation < 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = swapsSides(orientation);
		BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
		int[] source = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		int[] target = ((DataBufferInt) turned.getRaster().getDataBuffer()).getData();
		int tw = turned.getWidth();
		int th = turned.getHeight();
		for (int y = 0; y < th; y++) {
			for (int x = 0; x < tw; x++) {
				int sx;
				int sy;
				switch (orientation) {
					case 2 -> {
						sx = w - 1 - x;
						sy = y;
					}
					case 3 -> {
						sx = w - 1 - x;
						sy = h - 1 - y;
					}
					case 4 -> {
						sx = x;
						sy = h - 1 - y;
					}
					case 5 -> {
						sx = y;
						sy = x;
					}
					case 6 -> {
						sx = y;
						sy = h - 1 - x;
					}
					case 7 -> {
						sx = w - 1 - y;
						sy = h - 1 - x;
					}
					default -> {
						sx = w - 1 - y;
						sy = x;
					}
				}
				target[y * tw + x] = source[sy * w + sx];
			}
		}
		return turned;
	}

	private static boolean isExif(byte[] data, int offset) {
		return offset + 6 <= data.length && data[offset] == 'E' && data[offset + 1] == 'x' && data[offset + 2] == 'i'
				&& data[offset + 3] == 'f' && data[offset + 4] == 0 && data[offset + 5] == 0;
	}

	/** Reads the orientation tag from the TIFF structure starting at {@code tiff}. */
	private static int readOrientation(byte[] data, int tiff, int end) {
		boolean bigEndian;
		if (data[tiff] == 'M' && data[tiff + 1] == 'M') {
			bigEndian = true;
		}
		else if (data[tiff] == 'I' && data[tiff + 1] == 'I') {
			bigEndian = false;
		}
		else {
			return NORMAL;
		}
		if (readShort(data, tiff + 2, bigEndian) != 42) {
			return NORMAL;
		}
		long ifdOffset = readInt(data, tiff + 4, bigEndian) & 0xFFFFFFFFL;
		int ifd = (int) Math.min(tiff + ifdOffset, Integer.MAX_VALUE);
		if (ifd + 2 > end) {
			return NORMAL;
		}
		int entries = readShort(data, ifd, bigEndian);
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + i * 12;
			if (entry + 12 > end) {
				return NORMAL;
			}
			if (readShort(data, entry, bigEndian) == ORIENTATION_TAG) {
				return readShort(data, entry + 8, bigEndian);
			}
		}
		return NORMAL;
	}

	private static int readShort(byte[] data, int offset, boolean bigEndian) {
		int a = data[offset] & 0xFF;
		int b = data[offset + 1] & 0xFF;
		return bigEndian ? (a << 8) | b : (b << 8) | a;
	}

	private static int readInt(byte[] data, int offset, boolean bigEndian) {
		int high = readShort(data, bigEndian ? offset : offset + 2, bigEndian);
		int low = readShort(data, bigEndian ? offset + 2 : offset, bigEndian);
		return (high << 16) | low;
	}

}
