package org.adelante.test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.fail;

/**
 * Checks HTML documents with the Nu Html Checker (the engine behind validator.w3.org/nu)
 * in process, so tests can require that pages are valid HTML.
 */
public final class HtmlChecker {

	private HtmlChecker() {
	}

	/** Fails with every error the checker reports, each with its line and column. */
	public static void assertValid(String html) {
		List<String> errors = errors(html);
		if (!errors.isEmpty()) {
			fail("The Nu Html Checker found " + errors.size() + " error(s):\n  " + String.join("\n  ", errors)
					+ "\nin:\n" + numbered(html));
		}
	}

	/** The checker's errors (not its warnings), as {@code line:column message}. */
	public static List<String> errors(String html) {
		Collector collector = new Collector();
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
			validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collector);
			validator.setUpValidatorAndParsers(collector, true, false);
			InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
			source.setEncoding("UTF-8");
			validator.checkHtmlInputSource(source);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu Html Checker could not run", ex);
		}
		return collector.errors;
	}

	private static String numbered(String html) {
		String[] lines = html.split("\n", -1);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			out.append(String.format("%4d  %s%n", i + 1, lines[i]));
		}
		return out.toString();
	}

	private static final class Collector implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			this.errors.add(describe(exception));
		}

		private static String describe(SAXParseException exception) {
			return exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage();
		}

	}

}
