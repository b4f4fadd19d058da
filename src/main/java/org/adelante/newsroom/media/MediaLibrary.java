package org.adelante.newsroom.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.adelante.newsroom.media.UnsupportedImage.Reason;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The newsroom's image library: takes uploaded JPEG, PNG and WebP images, checks them by
 * their content, strips their metadata and keeps them in the widths responsive pages
 * need, as JPEG (or PNG where the image has transparency) under the media folder.
 */
@Service
public class MediaLibrary {

	/** The largest upload accepted, in bytes (10 MB). */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The most pixels an image may have; more would take too much memory to decode. */
	public static final long MAX_PIXELS = 50_000_000L;

	/** The narrowest image accepted, in pixels, so lead images look right. */
	public static final int MIN_WIDTH = 200;

	static final int MAX_FILENAME_LENGTH = 200;

	private static final Pattern WIDTH_PATTERN = Pattern.compile("[1-9][0-9]{0,3}");

	/** Decoding a large image takes hundreds of megabytes, so only a few run at once. */
	private static final int CONCURRENT_IMAGES = 2;

	private static final String INCOMING = ".incoming";

	private static final Logger logger = LoggerFactory.getLogger(MediaLibrary.class);

	private final MediaRepository repository;

	private final Path mediaDir;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Semaphore processing = new Semaphore(CONCURRENT_IMAGES, true);

	MediaLibrary(MediaRepository repository, AdelanteSettings settings, Clock clock) {
		this.repository = repository;
		this.mediaDir = mediaDir(settings).toAbsolutePath().normalize();
		this.clock = clock;
	}

	/** Where uploaded media files are kept: {@code media} in the data folder. */
	public static Path mediaDir(AdelanteSettings settings) {
		return settings.dataDir().resolve("media");
	}

	/**
	 * Reads at most {@link #MAX_BYTES} from the stream and stores the image in it.
	 * @param originalFilename the name the file had on the uploader's computer (only kept
	 * for display)
	 * @param content the file's bytes; not closed
	 * @return the stored asset
	 * @throws UnsupportedImage when the content is not an image we accept
	 * @throws UncheckedIOException when the stream or the media folder cannot be used
	 */
	public MediaAsset store(String originalFilename, InputStream content) {
		byte[] bytes;
		try {
			bytes = content.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
		return store(originalFilename, bytes);
	}

	/**
	 * Stores the image in the given bytes.
	 * @see #store(String, InputStream)
	 */
	public MediaAsset store(String originalFilename, byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new UnsupportedImage(Reason.TOO_LARGE);
		}
		if (ImageFormat.sniff(content).isEmpty()) {
			throw new UnsupportedImage(Reason.NOT_AN_IMAGE);
		}
		String key = newKey();
		Stored stored = withProcessingSlot(() -> writeVariants(key, content));
		String filename = sanitiseFilename(originalFilename);
		try {
			long id = this.repository.insert(key, filename, stored.width(), stored.height(), stored.format(),
					stored.widths(), this.clock.instant());
			return this.repository.findById(id).orElseThrow();
		}
		catch (RuntimeException ex) {
			deleteQuietly(this.mediaDir.resolve(key));
			throw ex;
		}
	}

	public Optional<MediaAsset> find(long id) {
		return this.repository.findById(id);
	}

	/** The asset with this public key; malformed keys find nothing. */
	public Optional<MediaAsset> findByKey(String key) {
		if (key == null || !MediaAsset.KEY_PATTERN.matcher(key).matches()) {
			return Optional.empty();
		}
		return this.repository.findByKey(key);
	}

	/** The most recently uploaded assets, newest first. */
	public List<MediaAsset> recent(int limit) {
		return this.repository.findRecent(Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * The stored file for a variant URL's parts, if the asset exists and has a variant of
	 * that width in that format. Nothing outside the media folder can be named.
	 */
	public Optional<MediaFile> variant(String key, String width, String extension) {
		if (width == null || !WIDTH_PATTERN.matcher(width).matches()) {
			return Optional.empty();
		}
		int pixels = Integer.parseInt(width);
		return findByKey(key).filter((asset) -> asset.hasWidth(pixels) && asset.extension().equals(extension))
			.flatMap((asset) -> {
				Path path = this.mediaDir.resolve(asset.key()).resolve(pixels + "." + asset.extension()).normalize();
				if (!path.startsWith(this.mediaDir) || !Files.isRegularFile(path)) {
					logger.warn("Media asset {} has no file for width {}", asset.key(), pixels);
					return Optional.empty();
				}
				try {
					return Optional.of(new MediaFile(path, asset.contentType(), Files.size(path),
							"\"" + asset.key() + "-" + pixels + "\""));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
	}

	private Stored writeVariants(String key, byte[] content) {
		BufferedImage image = ImageProcessor.decode(content, MAX_PIXELS, MIN_WIDTH);
		boolean transparent = ImageProcessor.hasTransparentPixels(image);
		String format = transparent ? "png" : "jpeg";
		String extension = transparent ? "png" : "jpg";
		List<Integer> widths = VariantPlan.widthsFor(image.getWidth());
		Path staging = this.mediaDir.resolve(INCOMING).resolve(key);
		try {
			Files.createDirectories(staging);
			BufferedImage source = image;
			for (int width : widths.stream().sorted(Comparator.reverseOrder()).toList()) {
				int height = (int) Math.max(1, Math.round((double) image.getHeight() * width / image.getWidth()));
				BufferedImage variant = ImageProcessor.scale(source, width, height);
				try (OutputStream output = Files.newOutputStream(staging.resolve(width + "." + extension))) {
					if (transparent) {
						ImageProcessor.writePng(variant, output);
					}
					else {
						ImageProcessor.writeJpeg(variant, output);
					}
				}
				// Each smaller variant is made from the next larger one: fewer steps,
				// same
				// quality.
				source = variant;
			}
			Files.move(staging, this.mediaDir.resolve(key), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			deleteQuietly(staging);
			throw new UncheckedIOException("Could not write media asset " + key, ex);
		}
		return new Stored(image.getWidth(), image.getHeight(), format, widths);
	}

	private Stored withProcessingSlot(Supplier<Stored> work) {
		try {
			this.processing.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to process an image", ex);
		}
		try {
			return work.get();
		}
		finally {
			this.processing.release();
		}
	}

	private String newKey() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * The file's own name without any folder, control or formatting characters (such as
	 * right-to-left overrides), at most {@link #MAX_FILENAME_LENGTH} characters.
	 */
	static String sanitiseFilename(String name) {
		if (name == null) {
			return "image";
		}
		String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		base = Normalizer.normalize(base, Normalizer.Form.NFC);
		StringBuilder clean = new StringBuilder();
		base.codePoints().filter(MediaLibrary::isPrintable).forEach(clean::appendCodePoint);
		String result = clean.toString().strip();
		result = Text.truncate(result, MAX_FILENAME_LENGTH).strip();
		return result.isEmpty() ? "image" : result;
	}

	private static boolean isPrintable(int codePoint) {
		int type = Character.getType(codePoint);
		return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
				&& type != Character.UNASSIGNED && type != Character.PRIVATE_USE && type != Character.LINE_SEPARATOR
				&& type != Character.PARAGRAPH_SEPARATOR;
	}

	private static void deleteQuietly(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			List<Path> all = new ArrayList<>(paths.toList());
			all.sort(Comparator.reverseOrder());
			for (Path path : all) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			logger.warn("Could not remove {}", folder, ex);
		}
	}

	private record Stored(int width, int height, String format, List<Integer> widths) {
	}

}
