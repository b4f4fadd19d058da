package org.adelante.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormFieldsTests {

	@Test
	void anAddressAsSentIsLinkedAgainWithValidEscapesKept() {
		assertThat(FormFields.queryPart("q=caf%C3%A9&page=2")).isEqualTo("q=caf%C3%A9&page=2");
		assertThat(FormFields.queryPart("/news/a-post")).isEqualTo("/news/a-post");
	}

	@Test
	void strayPercentSignsAndUnsafeCharactersAreEscaped() {
		assertThat(FormFields.queryPart("page=%G1")).isEqualTo("page=%25G1");
		assertThat(FormFields.queryPart("q=%")).isEqualTo("q=%25");
		assertThat(FormFields.queryPart("q=%4")).isEqualTo("q=%254");
		assertThat(FormFields.queryPart("q=a b\"<>")).isEqualTo("q=a%20b%22%3C%3E");
		assertThat(FormFields.queryPart("q=café😀")).isEqualTo("q=caf%C3%A9%F0%9F%98%80");
	}

	@Test
	void aFieldIsDescribedByItsHintAndItsError() {
		assertThat(FormFields.describedBy("title", true, true)).isEqualTo("title-hint title-error");
		assertThat(FormFields.describedBy("title", true, false)).isEqualTo("title-hint");
		assertThat(FormFields.describedBy("title", false, true)).isEqualTo("title-error");
	}

	@Test
	void aFieldWithNeitherHasNoDescription() {
		assertThat(FormFields.describedBy("title", false, false)).isNull();
	}

	@Test
	void aLocalDateAndTimeIsKeptForItsControl() {
		assertThat(FormFields.dateTimeValue("2030-01-15T09:30")).isEqualTo("2030-01-15T09:30");
		assertThat(FormFields.dateTimeValue(" 2030-01-15T09:30:15 ")).isEqualTo("2030-01-15T09:30:15");
	}

	@Test
	void anythingElseLeavesTheDateAndTimeControlEmpty() {
		assertThat(FormFields.dateTimeValue("2030-01-15")).isEmpty();
		assertThat(FormFields.dateTimeValue("2030-01-15T09:30Z")).isEmpty();
		assertThat(FormFields.dateTimeValue("\"><script>alert(1)</script>")).isEmpty();
		assertThat(FormFields.dateTimeValue("")).isEmpty();
		assertThat(FormFields.dateTimeValue(null)).isEmpty();
	}

	@Test
	void aDateIsKeptForItsControl() {
		assertThat(FormFields.dateValue("2026-03-01")).isEqualTo("2026-03-01");
		assertThat(FormFields.dateValue("\t2026-03-01\n")).isEqualTo("2026-03-01");
	}

	@Test
	void anythingElseLeavesTheDateControlEmpty() {
		assertThat(FormFields.dateValue("2026-02-30")).isEmpty();
		assertThat(FormFields.dateValue("2026-03-01T10:00")).isEmpty();
		assertThat(FormFields.dateValue("01/03/2026")).isEmpty();
		assertThat(FormFields.dateValue("")).isEmpty();
		assertThat(FormFields.dateValue(null)).isEmpty();
	}

	@Test
	void missingTextIsEmptyAndGivenTextIsKeptAsIs() {
		assertThat(FormFields.text(null)).isEmpty();
		assertThat(FormFields.text(" as typed ")).isEqualTo(" as typed ");
	}

}
