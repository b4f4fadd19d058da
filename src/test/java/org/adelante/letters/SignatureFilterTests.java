package org.adelante.letters;

import org.adelante.shared.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureFilterTests {

	private static final String EMOJI = "😀";

	@Test
	void aSearchIsOneLineInLowerCaseAndABlankOneNarrowsNothing() {
		assertThat(new SignatureFilter("  Red\u0001Fronteriza\n ", null, false).query()).isEqualTo("red fronteriza");
		assertThat(new SignatureFilter(" \t ", null, false).query()).isNull();
		assertThat(new SignatureFilter(" \t ", null, false).narrows()).isFalse();
	}

	@Test
	void aSearchOfEmojiAsLongAsTheLimitIsKeptWhole() {
		String longest = EMOJI.repeat(SignatureFilter.QUERY_MAX);

		assertThat(new SignatureFilter(longest, null, false).query()).isEqualTo(longest);
	}

	@Test
	void aLongerSearchIsCutAtTheLimitNeverInsideAnEmoji() {
		String query = new SignatureFilter("a" + EMOJI.repeat(SignatureFilter.QUERY_MAX), null, false).query();

		assertThat(query).isEqualTo("a" + EMOJI.repeat(SignatureFilter.QUERY_MAX - 1));
		assertThat(Text.length(query)).isEqualTo(SignatureFilter.QUERY_MAX);
	}

	@Test
	void theWildcardsOfASearchAreTakenLiterally() {
		assertThat(new SignatureFilter("50%_off\\", null, false).likePattern()).isEqualTo("%50\\%\\_off\\\\%");
	}

}
