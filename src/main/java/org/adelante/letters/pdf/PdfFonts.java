package org.adelante.letters.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;

/**
 * The fonts a letter's PDF is set in, embedded (as subsets) in every document: Liberation
 * Serif for the text and Liberation Sans for headings and the list, which cover every
 * Latin script (ñ, ç, ő, ł, ø, ș, ț…) as well as Greek and Cyrillic. Their files are read
 * once, and what the renderer measures of them is kept between documents, so a document
 * costs no font parsing beyond the subsets it embeds.
 */
final class PdfFonts {

	/** The family the template's text is set in. */
	static final String SERIF = "Letter Serif";

	/** The family the template's headings and signatory list are set in. */
	static final String SANS = "Letter Sans";

	/**
	 * Where the font files are: the Liberation fonts' jar, under the SIL Open Font
	 * Licence.
	 */
	private static final String FOLDER = "liberation/";

	private static final List<Face> FACES = List.of(
			new Face(SERIF, "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
			new Face(SERIF, "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
			new Face(SERIF, "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
			new Face(SERIF, "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC),
			new Face(SANS, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
			new Face(SANS, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
			new Face(SANS, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC));

	/** Where a font file's table directory starts, and the length of each entry. */
	private static final int TABLE_RECORDS = 12;

	private static final int TABLE_RECORD_LENGTH = 16;

	private static final byte[] GSUB = "GSUB".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] HIDDEN_GSUB = "gsub".getBytes(StandardCharsets.US_ASCII);

	private final List<LoadedFace> faces;

	private final FSDefaultCacheStore metrics = new FSDefaultCacheStore();

	PdfFonts() {
		this.faces = FACES.stream().map(LoadedFace::of).toList();
	}

	/** Gives the renderer every face, from memory, with the metrics kept so far. */
	void useOn(PdfRendererBuilder builder) {
		builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, this.metrics);
		for (LoadedFace face : this.faces) {
			builder.useFont(face::open, face.face().family(), face.face().weight(), face.face().style(), true);
		}
	}

	/**
	 * The font file with its glyph substitution table (GSUB) hidden: PDFBox applies it to
	 * every string it writes in a Latin font, compiling patterns each time, which took
	 * most of the time of rendering a letter with a long list; the only substitutions it
	 * makes in these fonts are optional ligatures, which a letter can do without (and its
	 * text extracts more faithfully without). The table stays in the file under another
	 * name, so no offset moves; the subset embedded in a document leaves it out.
	 */
	static byte[] withoutGlyphSubstitution(byte[] font) {
		ByteBuffer file = ByteBuffer.wrap(font);
		int tables = Short.toUnsignedInt(file.getShort(4));
		for (int i = 0; i < tables; i++) {
			int record = TABLE_RECORDS + i * TABLE_RECORD_LENGTH;
			if (record + 4 <= font.length && Arrays.equals(font, record, record + 4, GSUB, 0, 4)) {
				System.arraycopy(HIDDEN_GSUB, 0, font, record, 4);
			}
		}
		return font;
	}

	/**
	 * A face of a family as the CSS names it.
	 *
	 * @param family the family
	 * @param file its file in {@value #FOLDER}
	 * @param weight its CSS weight
	 * @param style normal or italic
	 */
	private record Face(String family, String file, int weight, FontStyle style) {
	}

	/**
	 * A face with its file's bytes.
	 *
	 * @param face the face
	 * @param bytes its file
	 */
	private record LoadedFace(Face face, byte[] bytes) {

		static LoadedFace of(Face face) {
			try (InputStream file = new ClassPathResource(FOLDER + face.file()).getInputStream()) {
				return new LoadedFace(face, withoutGlyphSubstitution(file.readAllBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The font " + face.file() + " is missing from the classpath", ex);
			}
		}

		InputStream open() {
			return new ByteArrayInputStream(this.bytes);
		}

	}

}
