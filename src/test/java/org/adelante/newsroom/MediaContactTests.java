package org.adelante.newsroom;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class MediaContactTests {

	@Test
	void aPhoneLinkKeepsOnlyDigitsAndThePlus() {
		assertThat(new MediaContact(1, "Ana", null, null, "+1 (520) 555-0100").phoneLink())
			.isEqualTo("tel:+15205550100");
		assertThat(new MediaContact(1, "Ana", null, "ana@example.org", null).phoneLink()).isNull();
	}

	@Test
	void detailsAreTrimmedAndBlankOnesAreMissing() {
		MediaContact.Details details = new MediaContact.Details("  Ana Ruiz ", " ", "\tana@example.org\n", "");

		assertThat(details).isEqualTo(new MediaContact.Details("Ana Ruiz", null, "ana@example.org", null));
	}

	@Test
	void aContactWithANameAndAWayToReachThemIsAcceptable() {
		assertThat(problems(new MediaContact.Details("Ana", "Press officer", "ana@example.org", null))).isEmpty();
		assertThat(problems(new MediaContact.Details("Ana", null, null, "+52 55 1234 5678"))).isEmpty();
		assertThat(problems(new MediaContact.Details("Ana", null, "ana@example.org", "(520) 555.0100"))).isEmpty();
	}

	@Test
	void aContactNeedsAName() {
		assertThat(problems(new MediaContact.Details(" ", null, "ana@example.org", null)))
			.containsExactly(entry("name", "validation.required"));
	}

	@Test
	void aContactNeedsAnEmailOrAPhone() {
		assertThat(problems(new MediaContact.Details("Ana", "Press officer", null, null)))
			.containsExactly(entry("email", "contact.reachable"));
	}

	@Test
	void anEmailMustLookLikeOne() {
		assertThat(problems(new MediaContact.Details("Ana", null, "ana.example.org", null)))
			.containsExactly(entry("email", "validation.email"));
		assertThat(problems(new MediaContact.Details("Ana", null, "ana@example", null)))
			.containsExactly(entry("email", "validation.email"));
	}

	@Test
	void aPhoneMustLookLikeOne() {
		assertThat(problems(new MediaContact.Details("Ana", null, null, "call me")))
			.containsExactly(entry("phone", "validation.phone"));
		assertThat(problems(new MediaContact.Details("Ana", null, null, "123")))
			.containsExactly(entry("phone", "validation.phone"));
	}

	@Test
	void overlongDetailsAreRefused() {
		assertThat(problems(new MediaContact.Details("A".repeat(121), "T".repeat(151), "a".repeat(250) + "@example.org",
				"1".repeat(41))))
			.containsOnlyKeys("name", "title", "email", "phone");
	}

	private static Map<String, String> problems(MediaContact.Details details) {
		Map<String, String> keys = new LinkedHashMap<>();
		details.problems().all().forEach((field, problem) -> keys.put(field, problem.messageKey()));
		return keys;
	}

}
