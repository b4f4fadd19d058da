package org.adelante.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTests {

	@ParameterizedTest
	@ValueSource(
			strings = { "=HYPERLINK(\"http://x\",\"y\")", "+1 520 555 0100", "-2+3", "@SUM(A1:A2)", "\tcmd", "\r=1" })
	void aCellThatCouldStartAFormulaGetsALeadingApostrophe(String text) {
		assertThat(SpreadsheetCells.neutralise(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Red Fronteriza", "ana@example.org", "2025-03-01T17:05:09Z", "'quoted", "a=b", " =x" })
	void anyOtherTextIsLeftAsItIs(String text) {
		assertThat(SpreadsheetCells.neutralise(text)).isEqualTo(text);
	}

	@Test
	void nothingIsAnEmptyCell() {
		assertThat(SpreadsheetCells.neutralise(null)).isEmpty();
		assertThat(SpreadsheetCells.neutralise("")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\",\"y\")", "+52 55 1234 5678", "-", "@handle", "\tx", "plain",
			"'already quoted", "'" })
	void aNeutralisedCellIsRestoredAsItWas(String text) {
		assertThat(SpreadsheetCells.restore(SpreadsheetCells.neutralise(text))).isEqualTo(text);
	}

	@Test
	void anApostropheBeforeOrdinaryTextStays() {
		assertThat(SpreadsheetCells.restore("'Til Dawn Collective")).isEqualTo("'Til Dawn Collective");
		assertThat(SpreadsheetCells.restore("'")).isEqualTo("'");
		assertThat(SpreadsheetCells.restore(null)).isNull();
	}

}
