package org.adelante.test;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HtmlCheckerTests {

	private static final String VALID = """
			<!DOCTYPE html>
			<html lang="en">
			<head><meta charset="utf-8"><title>Fine</title></head>
			<body><main><h1>Fine</h1><label for="a">A</label><input id="a" name="a"></main></body>
			</html>
			""";

	@Test
	void aValidDocumentPasses() {
		assertThat(HtmlChecker.errors(VALID)).isEmpty();
		HtmlChecker.assertValid(VALID);
	}

	@Test
	void errorsAreListedWithTheirLines() {
		String invalid = VALID.replace("<input id=\"a\" name=\"a\">",
				"<input id=\"a\" name=\"a\" aria-describedby=\"missing\">\n<p><div>x</div></p>");
		assertThat(HtmlChecker.errors(invalid)).isNotEmpty().allMatch((error) -> error.matches("\\d+:\\d+ .+"));
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> HtmlChecker.assertValid(invalid))
			.withMessageContaining("4:");
	}

	@Test
	void aDuplicateIdIsAnError() {
		String invalid = VALID.replace("<h1>Fine</h1>", "<h1 id=\"a\">Fine</h1>");
		assertThat(HtmlChecker.errors(invalid)).anyMatch((error) -> error.contains("Duplicate ID"));
	}

}
