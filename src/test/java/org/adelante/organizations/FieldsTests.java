package org.adelante.organizations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class FieldsTests {

	@Test
	void textIsTrimmedAndBlankTextIsMissing() {
		assertThat(Fields.clean("  Red Fronteriza\n")).isEqualTo("Red Fronteriza");
		assertThat(Fields.clean(" \t ")).isNull();
		assertThat(Fields.clean(null)).isNull();
	}

	@Test
	void aWebsiteIsAnAbsoluteWebAddressWithAHost() {
		assertThat(Fields.isWebsite("https://red.example/about")).isTrue();
		assertThat(Fields.isWebsite("HTTP://red.example")).isTrue();
		assertThat(Fields.isWebsite("red.example")).isFalse();
		assertThat(Fields.isWebsite("ftp://red.example")).isFalse();
		assertThat(Fields.isWebsite("https:///no-host")).isFalse();
		assertThat(Fields.isWebsite("https://bad host")).isFalse();
		assertThat(Fields.isWebsite(null)).isFalse();
	}

	@Test
	void textIsTooLongOnlyPastTheLimit() {
		assertThat(Fields.tooLong("abc", 3)).isFalse();
		assertThat(Fields.tooLong("abcd", 3)).isTrue();
		assertThat(Fields.tooLong(null, 3)).isFalse();
	}

	@Test
	void aFieldKeepsItsFirstProblem() {
		Map<String, String> problems = new LinkedHashMap<>();

		Fields.problem(problems, "name", "organizations.error.name.required");
		Fields.problem(problems, "name", "organizations.error.name.tooLong");

		assertThat(problems).containsExactly(entry("name", "organizations.error.name.required"));
	}

}
