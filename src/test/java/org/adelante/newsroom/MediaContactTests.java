package org.adelante.newsroom;

import java.util.LinkedHashMap;
import java.util.Map;

import org.adelante.shared.Emails;
import org.adelante.shared.FieldProblems;
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

	@Test
	void controlCharactersInDetailsBecomeSpaces() {
		MediaContact.Details details = new MediaContact.Details("Ana\nRuiz", "Press\u0000officer",
				"ana@example.org\r\n", "+52\t55 1234 5678");

		assertThat(details)
			.isEqualTo(new MediaContact.Details("Ana Ruiz", "Press officer", "ana@example.org", "+52 55 1234 5678"));
	}

	@Test
	void detailsMayBeAsLongAsTheirLimits() {
		assertThat(problems(new MediaContact.Details("A".repeat(MediaContact.Details.NAME_MAX),
				"T".repeat(MediaContact.Details.TITLE_MAX), "ana@example.org",
				"1".repeat(MediaContact.Details.PHONE_MAX))))
			.isEmpty();
	}

	@Test
	void overlongDetailsAreRefusedWithTheirLimits() {
		FieldProblems problems = new MediaContact.Details("A".repeat(121), "T".repeat(151),
				"a@" + "e".repeat(Emails.MAX_LENGTH) + ".org", "1".repeat(41))
			.problems();

		assertThat(problems.messageKeys()).containsExactly(entry("name", "validation.tooLong"),
				entry("title", "validation.tooLong"), entry("email", "validation.tooLong"),
				entry("phone", "validation.tooLong"));
		assertThat(problems.get("name").args()).containsExactly(MediaContact.Details.NAME_MAX);
		assertThat(problems.get("title").args()).containsExactly(MediaContact.Details.TITLE_MAX);
		assertThat(problems.get("email").args()).containsExactly(Emails.MAX_LENGTH);
		assertThat(problems.get("phone").args()).containsExactly(MediaContact.Details.PHONE_MAX);
	}

	@Test
	void aPhoneIsDigitsAndTheUsualSeparators() {
		assertThat(problems(new MediaContact.Details("Ana", null, null, "5550"))).isEmpty();
		assertThat(problems(new MediaContact.Details("Ana", null, null, "+1 (520) 555-0100"))).isEmpty();
		assertThat(problems(new MediaContact.Details("Ana", null, null, "55.12.34/56"))).isEmpty();
		assertThat(problems(new MediaContact.Details("Ana", null, null, "555")))
			.containsExactly(entry("phone", "validation.phone"));
		assertThat(problems(new MediaContact.Details("Ana", null, null, "555-0100 ext. 2")))
			.containsExactly(entry("phone", "validation.phone"));
		assertThat(problems(new MediaContact.Details("Ana", null, null, "<script>")))
			.containsExactly(entry("phone", "validation.phone"));
	}

	@Test
	void anEmailWithSpacesOrAControlCharacterIsNoAddress() {
		assertThat(problems(new MediaContact.Details("Ana", null, "ana ruiz@example.org", null)))
			.containsExactly(entry("email", "validation.email"));
		assertThat(problems(new MediaContact.Details("Ana", null, "ana@example.org.", null)))
			.containsExactly(entry("email", "validation.email"));
	}

	@Test
	void aWrongEmailIsReportedRatherThanAMissingWayToReachThem() {
		assertThat(problems(new MediaContact.Details("Ana", null, "nobody", null)))
			.containsExactly(entry("email", "validation.email"));
	}

	private static Map<String, String> problems(MediaContact.Details details) {
		Map<String, String> keys = new LinkedHashMap<>();
		details.problems().all().forEach((field, problem) -> keys.put(field, problem.messageKey()));
		return keys;
	}

}
