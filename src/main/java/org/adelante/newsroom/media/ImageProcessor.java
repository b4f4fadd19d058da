package org.adelante.newsroom.media;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.adelante.newsroom.media.UnsupportedImage.Reason;

/**
 * Decoding, resizing and encoding of images with the JDK's ImageIO (plus the WebP reader
 * on the class path). Decoding checks an image's dimensions from its header before any
 * pixels are read, so a small file that claims enormous dimensions is refused cheaply.
 */
final class ImageProcessor {

	static final float JPEG_QUALITY = 0.82f;

	private ImageProcessor() {
	}

	/**
	 * Reads an upload into an upright image of type {@code TYPE_INT_RGB}, or
	 * {@code TYPE_INT_ARGB} when some of its pixels are transparent.
	 * @throws UnsupportedImage when the content is not a readable JPEG, PNG or WebP
	 * image, or its dimensions are outside the limits
	 */
	static BufferedImage decode(byte[] content, long maxPixels, int minWidth) {
		ImageFormat format = ImageFormat.sniff(content).orElseThrow(() -> new UnsupportedImage(Reason.NOT_AN_IMAGE));
		int orientation = (format == ImageFormat.JPEG) ? ExifOrientation.of(content) : ExifOrientation.NORMAL;
		BufferedImage decoded;
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
			ImageReader reader = reader(format);
			try {
				reader.setInput(input, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 1 || height < 1) {
					throw new UnsupportedImage(Reason.NOT_AN_IMAGE);
				}
				if ((long) width * height > maxPixels) {
					throw new UnsupportedImage(Reason.TOO_MANY_PIXELS);
				}
				int uprightWidth = ExifOrientation.swapsSides(orientation) ? height : width;
				if (uprightWidth < minWidth) {
					throw new UnsupportedImage(Reason.TOO_SMALL);
				}
				decoded = reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (UnsupportedImage ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// Corrupt, truncated or exotic (e.g. CMYK) files make decoders throw all
			// sorts of
			// exceptions; for the person uploading they all mean the same thing.
			throw new UnsupportedImage(Reason.NOT_AN_IMAGE);
		}
		return ExifOrientation.apply(normalise(decoded), orientation);
	}

	private static ImageReader reader(ImageFormat format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + format + " on the class path");
		}
		return readers.next();
	}

	/**
	 * Copies any decoded image into an RGB or, if it has transparent pixels, ARGB image.
	 */
	private static BufferedImage normalise(BufferedImage image) {
		if (image.getColorModel().hasAlpha()) {
			BufferedImage argb = copy(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
			if (hasTransparentPixels(argb)) {
				return argb;
			}
			return copy(argb, argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
		}
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		return copy(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
	}

	static boolean hasTransparentPixels(BufferedImage image) {
		if (!image.getColorModel().hasAlpha()) {
			return false;
		}
		for (int pixel : ((DataBufferInt) image.getRaster().getDataBuffer()).getData()) {
			if ((pixel >>> 24) != 0xFF) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The image scaled to the given size. Shrinking happens in steps of at most half,
	 * each with bicubic interpolation, which keeps detail without the aliasing of a
	 * single big step.
	 */
	static BufferedImage scale(BufferedImage image, int targetWidth, int targetHeight) {
		boolean alpha = image.getColorModel().hasAlpha();
		int workingType = alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
		BufferedImage current = image;
		int width = image.getWidth();
		int height = image.getHeight();
		while (width != targetWidth || height != targetHeight) {
			width = (width > targetWidth) ? Math.max(width / 2, targetWidth) : targetWidth;
			height = (height > targetHeight) ? Math.max(height / 2, targetHeight) : targetHeight;
			current = copy(current, width, height, workingType);
		}
		int finalType = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		return (current.getType() == finalType) ? current : copy(current, width, height, finalType);
	}

	private static BufferedImage copy(BufferedImage source, int width, int height, int type) {
		BufferedImage target = new BufferedImage(width, height, type);
		Graphics2D graphics = target.createGraphics();
		try {
			if (!target.getColorModel().hasAlpha()) {
				graphics.setColor(Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			else {
				graphics.setComposite(AlphaComposite.Src);
			}
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
			graphics.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION,
					RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	/** Writes an opaque image as a baseline JPEG with no metadata. */
	static void writeJpeg(BufferedImage image, OutputStream output) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream stream = new MemoryCacheImageOutputStream(output)) {
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(JPEG_QUALITY);
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
	}

	/** Writes an image as a PNG with no metadata beyond what the format requires. */
	static void writePng(BufferedImage image, OutputStream output) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		try (ImageOutputStream stream = new MemoryCacheImageOutputStream(output)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
		}
		finally {
			writer.dispose();
		}
	}

}
