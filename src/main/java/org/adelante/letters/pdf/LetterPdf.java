package org.adelante.letters.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterContent;
import org.adelante.letters.Signatory;
import org.adelante.letters.SignatoryList;
import org.adelante.letters.SignatureCount;
import org.adelante.letters.SignerKind;
import org.adelante.letters.Milestones;
import org.adelante.shared.AdelanteSettings;
import org.adelante.shared.SafeHtml;
import org.adelante.shared.web.ArticleHtml;
import org.adelante.shared.web.Languages;
import org.adelante.shared.web.Localized;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a letter as a paginated PDF document: the {@code letters/pdf/letter.jte}
 * template, as XHTML, laid out by openhtmltopdf with print CSS and the embedded
 * {@link PdfFonts}. The renderer reads nothing from outside the document: images come as
 * {@code data:} addresses and every other resource is refused.
 */
@Component
public class LetterPdf {

	static final String TEMPLATE = "letters/pdf/letter.jte";

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final AdelanteSettings settings;

	private final PdfFonts fonts;

	LetterPdf(TemplateEngine templates, MessageSource messages, AdelanteSettings settings) {
		this.templates = templates;
		this.messages = messages;
		this.settings = settings;
		this.fonts = new PdfFonts();
		PdfLog.install();
	}

	/**
	 * The document as a PDF file.
	 * @throws LetterPdfFailed if it cannot be laid out
	 */
	public byte[] render(LetterDocument document) {
		Letter letter = document.letter();
		String html = html(view(document));
		String base = this.settings.absolute("/");
		try (PDDocument output = new PDDocument()) {
			output.getDocumentCatalog().setLanguage(document.language());
			ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(output);
			this.fonts.useOn(builder);
			builder.useExternalResourceAccessControl(LetterPdf::embeddedOnly,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl(LetterPdf::embeddedOnly,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withProducer("Adelante");
			builder.withW3cDocument(W3CDom.convert(Jsoup.parse(html, base)), base);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			throw new LetterPdfFailed(letter.slug(), ex);
		}
	}

	/** The document as the HTML the PDF is laid out from. */
	String html(LetterPdfView view) {
		StringOutput output = new StringOutput(32 * 1024);
		this.templates.render(TEMPLATE, Map.of("view", view), output);
		return output.toString();
	}

	LetterPdfView view(LetterDocument document) {
		Localized text = new Localized(this.messages, Languages.forCode(document.language()));
		LetterContent content = document.letter().content();
		String language = document.language();
		return new LetterPdfView(text, document, content.title(language),
				ArticleHtml.headingsFrom(SafeHtml.markdown(content.text(language)), 2),
				PdfLogo.of(document.letterhead().logo()), counts(document, text),
				LetterPdfView.PageNumber.of(text, "letters.pdf.page"), this.settings.absolute(document.letter().url()));
	}

	/**
	 * How many organisations and people are on the list (those who withdrew not counted),
	 * for each kind of signer the letter takes; while the names are withheld, the
	 * letter's own counts.
	 */
	private static List<String> counts(LetterDocument document, Localized text) {
		Letter letter = document.letter();
		SignatoryList list = document.signatories();
		boolean withheld = document.namesPublicAt() != null;
		List<String> counts = new ArrayList<>();
		if (letter.content().signers().allows(SignerKind.ORGANIZATION)) {
			long organizations = withheld ? letter.listedOrganizations() : standing(list.conveners())
					+ list.groups().stream().mapToLong((group) -> standing(group.members())).sum();
			counts.add(sentence(SignerKind.ORGANIZATION, organizations, text));
		}
		if (letter.content().signers().allows(SignerKind.INDIVIDUAL)) {
			long individuals = withheld ? letter.listedIndividuals() : standing(list.individuals());
			counts.add(sentence(SignerKind.INDIVIDUAL, individuals, text));
		}
		return counts;
	}

	private static long standing(List<Signatory> signatories) {
		return signatories.stream().filter((signatory) -> !signatory.withdrawn()).count();
	}

	private static String sentence(SignerKind kind, long count, Localized text) {
		SignatureCount exact = SignatureCount.of(kind, count, Milestones.NONE);
		return text.t(exact.messageKey(), exact.number()) + ".";
	}

	/**
	 * Lets the renderer read only what is inside the document: our fonts, given to it as
	 * bytes, and images written as {@code data:} addresses.
	 */
	private static boolean embeddedOnly(String uri, ExternalResourceType type) {
		return uri != null && uri.startsWith("data:") && type == ExternalResourceType.IMAGE_RASTER;
	}

}
