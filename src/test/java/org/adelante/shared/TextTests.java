package org.adelante.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	private static final String EMOJI = "😀";

	@Test
	void lengthCountsCharactersNotCodeUnits() {
		assertThat(Text.length("abc")).isEqualTo(3);
		assertThat(Text.length(EMOJI.repeat(12))).isEqualTo(12);
		assertThat(Text.length("año")).isEqualTo(3);
		assertThat(Text.length("")).isZero();
		assertThat(Text.length(null)).isZero();
	}

	@Test
	void textWithinTheLimitIsKeptWhole() {
		assertThat(Text.truncate("abc", 3)).isEqualTo("abc");
		assertThat(Text.truncate(EMOJI.repeat(3), 3)).isEqualTo(EMOJI.repeat(3));
		assertThat(Text.truncate(null, 3)).isNull();
	}

	@Test
	void longerTextIsCutToTheLimit() {
		assertThat(Text.truncate("abcd", 3)).isEqualTo("abc");
		assertThat(Text.truncate("abcdef", 0)).isEmpty();
	}

	@Test
	void cuttingNeverSplitsACharacter() {
		assertThat(Text.truncate(EMOJI.repeat(4), 3)).isEqualTo(EMOJI.repeat(3));
		assertThat(Text.truncate("a" + EMOJI + "b", 2)).isEqualTo("a" + EMOJI);
	}

	@Test
	void aLineIsTrimmed() {
		assertThat(Text.line("  Red de Derechos \t")).isEqualTo("Red de Derechos");
		assertThat(Text.line("Red")).isEqualTo("Red");
	}

	@Test
	void controlCharactersInALineBecomeOneSpace() {
		assertThat(Text.line("Red\nde\r\nDerechos")).isEqualTo("Red de Derechos");
		assertThat(Text.line("Red\u0000\u0007de\tDerechos")).isEqualTo("Red de Derechos");
		assertThat(Text.line("Red\u2028de\u2029Derechos")).isEqualTo("Red de Derechos");
		assertThat(Text.line("Red\u007f\u0085de")).isEqualTo("Red de");
	}

	@Test
	void aLineWithNothingButSpaceAndControlsIsMissing() {
		assertThat(Text.line("")).isNull();
		assertThat(Text.line("   ")).isNull();
		assertThat(Text.line("\r\n\t\u0000")).isNull();
		assertThat(Text.line(null)).isNull();
	}

	@Test
	void textOfSeveralLinesKeepsItsLineBreaksAndTabs() {
		assertThat(Text.lines("First line.\n\n\tIndented.")).isEqualTo("First line.\n\n\tIndented.");
	}

	@Test
	void everyLineEndingBecomesANewline() {
		assertThat(Text.lines("one\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
		assertThat(Text.lines("one\r\rtwo")).isEqualTo("one\n\ntwo");
	}

	@Test
	void otherControlCharactersGoFromTextOfSeveralLines() {
		assertThat(Text.lines("a\u0000b\u0007\u001bc\u007fd")).isEqualTo("abcd");
	}

	@Test
	void textOfSeveralLinesIsTrimmedAndMissingTextIsEmpty() {
		assertThat(Text.lines(" \r\n Some text.\n\n ")).isEqualTo("Some text.");
		assertThat(Text.lines(" \n\u0000 ")).isEmpty();
		assertThat(Text.lines(null)).isEmpty();
	}

}
