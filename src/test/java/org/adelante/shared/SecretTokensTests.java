package org.adelante.shared;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTokensTests {

	@Test
	void aTokenIsTwoHundredFiftySixRandomBitsInUrlSafeCharacters() {
		String token = SecretTokens.issue();

		assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(SecretTokens.isWellFormed(token)).isTrue();
	}

	@Test
	void noTwoTokensAreAlike() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			tokens.add(SecretTokens.issue());
		}
		assertThat(tokens).hasSize(1000);
	}

	@Test
	void onlyTheSpellingOfATokenIsWellFormed() {
		assertThat(SecretTokens.isWellFormed(null)).isFalse();
		assertThat(SecretTokens.isWellFormed("")).isFalse();
		assertThat(SecretTokens.isWellFormed("a".repeat(42))).isFalse();
		assertThat(SecretTokens.isWellFormed("a".repeat(44))).isFalse();
		assertThat(SecretTokens.isWellFormed("a".repeat(42) + "=")).isFalse();
		assertThat(SecretTokens.isWellFormed("a".repeat(42) + "/")).isFalse();
	}

	@Test
	void theStoredHashIsTheSha256InHex() {
		assertThat(SecretTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(SecretTokens.hash(SecretTokens.issue())).hasSize(64).matches("[0-9a-f]+");
	}

}
