package org.adelante.newsroom.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.adelante.newsroom.media.UnsupportedImage.Reason;
import org.adelante.shared.AdelanteSettings;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The library against a real embedded database and a temporary media folder.
 */
class MediaLibraryTests {

	private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

	@TempDir
	Path dataDir;

	private MediaLibrary library;

	@BeforeEach
	void createLibrary() {
		DataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:media-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		AdelanteSettings settings = new AdelanteSettings(this.dataDir, null);
		this.library = new MediaLibrary(new MediaRepository(JdbcClient.create(dataSource)), settings,
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void aJpegIsStoredInEveryWidthUpToItsOwn() throws IOException {
		MediaAsset asset = this.library.store("march.jpg", TestImages.jpeg(1000, 600));

		assertThat(asset.key()).matches("[0-9a-f]{32}");
		assertThat(asset.originalFilename()).isEqualTo("march.jpg");
		assertThat(asset.width()).isEqualTo(1000);
		assertThat(asset.height()).isEqualTo(600);
		assertThat(asset.format()).isEqualTo("jpeg");
		assertThat(asset.widths()).containsExactly(320, 640, 960, 1000);
		assertThat(asset.createdAt()).isEqualTo(NOW);
		for (int width : asset.widths()) {
			Path file = this.dataDir.resolve("media").resolve(asset.key()).resolve(width + ".jpg");
			BufferedImage variant = TestImages.decode(Files.readAllBytes(file));
			assertThat(variant.getWidth()).isEqualTo(width);
			assertThat(variant.getHeight()).isEqualTo(asset.heightFor(width));
			assertThat(new java.awt.Color(variant.getRGB(5, variant.getHeight() / 2)))
				.satisfies((c) -> assertThat(c.getRed()).isGreaterThan(150));
			assertThat(new java.awt.Color(variant.getRGB(variant.getWidth() - 5, variant.getHeight() / 2)))
				.satisfies((c) -> assertThat(c.getBlue()).isGreaterThan(150));
		}
		assertThat(this.library.findByKey(asset.key())).contains(asset);
		assertThat(this.library.find(asset.id())).contains(asset);
	}

	@Test
	void aVeryWideImageIsKeptAtMost1920Wide() {
		MediaAsset asset = this.library.store("panorama.jpg", TestImages.jpeg(2400, 400));
		assertThat(asset.width()).isEqualTo(2400);
		assertThat(asset.widths()).containsExactly(320, 640, 960, 1280, 1920);
		assertThat(this.library.variant(asset.key(), "1920", "jpg")).isPresent();
		assertThat(this.library.variant(asset.key(), "2400", "jpg")).isEmpty();
	}

	@Test
	void everyKeyIsDifferent() {
		byte[] jpeg = TestImages.jpeg(300, 200);
		assertThat(this.library.store("a.jpg", jpeg).key()).isNotEqualTo(this.library.store("a.jpg", jpeg).key());
	}

	@Test
	void aPngWithTransparencyStaysAPng() throws IOException {
		MediaAsset asset = this.library.store("logo.png", TestImages.png(700, 300, true));
		assertThat(asset.format()).isEqualTo("png");
		assertThat(asset.widths()).containsExactly(320, 640, 700);
		BufferedImage full = TestImages.decode(Files.readAllBytes(file(asset, 700)));
		assertThat(full.getColorModel().hasAlpha()).isTrue();
		assertThat(full.getRGB(0, 0) >>> 24).isZero();
		assertThat(full.getRGB(350, 150) >>> 24).isEqualTo(0xFF);
	}

	@Test
	void anOpaquePngBecomesAJpeg() {
		MediaAsset asset = this.library.store("chart.png", TestImages.png(500, 300, false));
		assertThat(asset.format()).isEqualTo("jpeg");
		assertThat(asset.url(500)).endsWith("/500.jpg");
	}

	@Test
	void aWebpIsReadAndStoredAsJpeg() throws IOException {
		MediaAsset asset = this.library.store("photo.webp", TestImages.resource("photo.webp"));
		assertThat(asset.format()).isEqualTo("jpeg");
		assertThat(asset.width()).isEqualTo(240);
		assertThat(asset.height()).isEqualTo(160);
		assertThat(asset.widths()).containsExactly(240);
		BufferedImage stored = TestImages.decode(Files.readAllBytes(file(asset, 240)));
		assertThat(new java.awt.Color(stored.getRGB(20, 80)).getRed()).isGreaterThan(150);
		assertThat(new java.awt.Color(stored.getRGB(220, 80)).getBlue()).isGreaterThan(150);
	}

	@Test
	void aTransparentWebpIsStoredAsPng() throws IOException {
		MediaAsset asset = this.library.store("badge.webp", TestImages.resource("transparent.webp"));
		assertThat(asset.format()).isEqualTo("png");
		BufferedImage stored = TestImages.decode(Files.readAllBytes(file(asset, 240)));
		assertThat(stored.getRGB(0, 0) >>> 24).isZero();
		assertThat(stored.getRGB(120, 80) >>> 24).isEqualTo(0xFF);
	}

	@Test
	void anImageIsTurnedUprightAndItsMetadataDropped() throws IOException {
		byte[] sideways = TestImages.jpegWithOrientation(400, 300, 6, true);
		assertThat(new String(sideways, StandardCharsets.ISO_8859_1)).contains("Exif");

		MediaAsset asset = this.library.store("phone.jpg", sideways);

		assertThat(asset.width()).isEqualTo(300);
		assertThat(asset.height()).isEqualTo(400);
		byte[] stored = Files.readAllBytes(file(asset, 300));
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
		BufferedImage upright = TestImages.decode(stored);
		assertThat(upright.getWidth()).isEqualTo(300);
		// The left (red) half of the stored picture is the top once turned clockwise.
		assertThat(new java.awt.Color(upright.getRGB(150, 20)).getRed()).isGreaterThan(150);
		assertThat(new java.awt.Color(upright.getRGB(150, 380)).getBlue()).isGreaterThan(150);
	}

	@Test
	void aTextFileNamedLikeAJpegIsNotAnImage() {
		byte[] text = "<script>alert('hi')</script>".getBytes(StandardCharsets.UTF_8);
		assertRefused(() -> this.library.store("photo.jpg", text), Reason.NOT_AN_IMAGE);
	}

	@Test
	void aFileThatOnlyStartsLikeAnImageIsNotAnImage() {
		byte[] fake = Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, 5000);
		assertRefused(() -> this.library.store("fake.jpg", fake), Reason.NOT_AN_IMAGE);
		assertThat(this.dataDir.resolve("media")).satisfiesAnyOf((media) -> assertThat(media).doesNotExist(),
				(media) -> assertThat(storedFolders(media)).isEmpty());
	}

	@Test
	void moreThanTenMegabytesIsTooLargeAndNoMoreIsRead() {
		CountingStream endless = new CountingStream();
		assertRefused(() -> this.library.store("huge.jpg", endless), Reason.TOO_LARGE);
		assertThat(endless.count).isEqualTo(MediaLibrary.MAX_BYTES + 1L);
	}

	@Test
	void exactlyTenMegabytesIsStillLookedAt() {
		byte[] tenMegabytes = new byte[MediaLibrary.MAX_BYTES];
		assertRefused(() -> this.library.store("blank.jpg", new ByteArrayInputStream(tenMegabytes)),
				Reason.NOT_AN_IMAGE);
	}

	@Test
	void anImageNarrowerThan200PixelsIsTooSmall() {
		assertRefused(() -> this.library.store("icon.png", TestImages.png(199, 400, false)), Reason.TOO_SMALL);
		assertThat(this.library.store("tiny.png", TestImages.png(200, 40, false)).widths()).containsExactly(200);
	}

	@Test
	void anImageClaimingTooManyPixelsIsRefusedBeforeDecoding() {
		assertRefused(() -> this.library.store("bomb.png", TestImages.pngClaiming(20000, 20000)),
				Reason.TOO_MANY_PIXELS);
		assertRefused(() -> this.library.store("bomb.jpg", TestImages.jpegClaiming(8000, 6251)),
				Reason.TOO_MANY_PIXELS);
	}

	@Test
	void filenamesAreReducedToAPrintableNameWithoutFolders() {
		assertThat(MediaLibrary.sanitiseFilename("../../etc/passwd")).isEqualTo("passwd");
		assertThat(MediaLibrary.sanitiseFilename("C:\\Users\\ana\\Fotos\\marcha.jpg")).isEqualTo("marcha.jpg");
		assertThat(MediaLibrary.sanitiseFilename("evil\u202Egpj.exe")).isEqualTo("evilgpj.exe");
		assertThat(MediaLibrary.sanitiseFilename("line\nbreak\u0000.png")).isEqualTo("linebreak.png");
		assertThat(MediaLibrary.sanitiseFilename("  ")).isEqualTo("image");
		assertThat(MediaLibrary.sanitiseFilename(null)).isEqualTo("image");
		assertThat(MediaLibrary.sanitiseFilename("Año nuevo.jpg")).isEqualTo("Año nuevo.jpg");
		assertThat(MediaLibrary.sanitiseFilename("x".repeat(300) + ".jpg")).hasSize(200);
		assertThat(MediaLibrary.sanitiseFilename("a".repeat(199) + "😀")).isEqualTo("a".repeat(199) + "😀");
		assertThat(MediaLibrary.sanitiseFilename("a".repeat(199) + "😀😀")).isEqualTo("a".repeat(199) + "😀");
	}

	@Test
	void aLongFilenameIsStoredShortened() {
		MediaAsset asset = this.library.store("ñ".repeat(250) + ".jpg", TestImages.jpeg(300, 200));
		assertThat(asset.originalFilename()).hasSize(200);
	}

	@Test
	void variantsAreFoundOnlyForTheirExactWidthAndFormat() {
		MediaAsset asset = this.library.store("a.jpg", TestImages.jpeg(700, 400));
		assertThat(this.library.variant(asset.key(), "640", "jpg")).hasValueSatisfying((file) -> {
			assertThat(file.contentType()).isEqualTo("image/jpeg");
			assertThat(file.path()).isRegularFile();
			assertThat(file.etag()).startsWith("\"").endsWith("\"");
		});
		assertThat(this.library.variant(asset.key(), "640", "png")).isEmpty();
		assertThat(this.library.variant(asset.key(), "641", "jpg")).isEmpty();
		assertThat(this.library.variant(asset.key(), "0640", "jpg")).isEmpty();
		assertThat(this.library.variant(asset.key(), "-1", "jpg")).isEmpty();
		assertThat(this.library.variant("..", "640", "jpg")).isEmpty();
		assertThat(this.library.variant(asset.key().toUpperCase(), "640", "jpg")).isEmpty();
		assertThat(this.library.findByKey("../../etc")).isEmpty();
	}

	@Test
	void recentUploadsComeNewestFirst() {
		MediaAsset first = this.library.store("first.jpg", TestImages.jpeg(300, 200));
		MediaAsset second = this.library.store("second.jpg", TestImages.jpeg(300, 200));
		assertThat(this.library.recent(10)).extracting(MediaAsset::key).containsExactly(second.key(), first.key());
		assertThat(this.library.recent(1)).extracting(MediaAsset::key).containsExactly(second.key());
	}

	private Path file(MediaAsset asset, int width) {
		return this.dataDir.resolve("media").resolve(asset.key()).resolve(width + "." + asset.extension());
	}

	private static java.util.List<Path> storedFolders(Path media) throws IOException {
		try (Stream<Path> children = Files.list(media)) {
			return children.filter((p) -> !p.getFileName().toString().startsWith(".")).toList();
		}
	}

	private static void assertRefused(Runnable upload, Reason reason) {
		assertThatExceptionOfType(UnsupportedImage.class).isThrownBy(upload::run)
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

	/** An endless stream of zeros that counts what was read from it. */
	private static final class CountingStream extends InputStream {

		long count;

		@Override
		public int read() {
			this.count++;
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			Arrays.fill(buffer, offset, offset + length, (byte) 0);
			this.count += length;
			return length;
		}

	}

}
