package org.adelante.shared;

import org.adelante.shared.FieldProblems.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.entry;

class FieldProblemsTests {

	private static final String EMOJI = "😀";

	@Test
	void noProblemsAtFirst() {
		FieldProblems problems = new FieldProblems();

		assertThat(problems.isEmpty()).isTrue();
		assertThat(problems.has("name")).isFalse();
		assertThat(problems.get("name")).isNull();
		assertThat(problems.key("name")).isNull();
		assertThat(problems.messageKeys()).isEmpty();
		assertThat(problems.all()).isEmpty();
	}

	@Test
	void aProblemIsAMessageKeyWithItsArguments() {
		FieldProblems problems = new FieldProblems().add("tags", "post.tags.tooMany", 10);

		assertThat(problems.isEmpty()).isFalse();
		assertThat(problems.has("tags")).isTrue();
		assertThat(problems.key("tags")).isEqualTo("post.tags.tooMany");
		assertThat(problems.get("tags").messageKey()).isEqualTo("post.tags.tooMany");
		assertThat(problems.get("tags").args()).containsExactly(10);
	}

	@Test
	void theFirstProblemOfAFieldWins() {
		FieldProblems problems = new FieldProblems().add("name", "validation.required")
			.add("name", "validation.tooLong", 200);

		assertThat(problems.key("name")).isEqualTo("validation.required");
		assertThat(problems.get("name").args()).isEmpty();
	}

	@Test
	void problemsAreListedInTheOrderTheyWereFound() {
		FieldProblems problems = new FieldProblems().add("title", "validation.required")
			.add("body", "validation.tooLong", 5)
			.add("slug", "post.slug.invalid");

		assertThat(problems.messageKeys()).containsExactly(entry("title", "validation.required"),
				entry("body", "validation.tooLong"), entry("slug", "post.slug.invalid"));
		assertThat(problems.all().keySet()).containsExactly("title", "body", "slug");
	}

	@Test
	void theProblemsCannotBeChangedThroughTheirView() {
		FieldProblems problems = new FieldProblems().add("name", "validation.required");

		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> problems.all().remove("name"));
		problems.messageKeys().remove("name");
		assertThat(problems.has("name")).isTrue();
	}

	@Test
	void aBlankValueIsMissing() {
		assertThat(new FieldProblems().required("name", null).key("name")).isEqualTo("validation.required");
		assertThat(new FieldProblems().required("name", "").key("name")).isEqualTo("validation.required");
		assertThat(new FieldProblems().required("name", " \t\n").key("name")).isEqualTo("validation.required");
		assertThat(new FieldProblems().required("name", "Ana").isEmpty()).isTrue();
	}

	@Test
	void aValueMayHaveAsManyCharactersAsTheLimit() {
		assertThat(new FieldProblems().maxLength("name", "abc", 3).isEmpty()).isTrue();
		assertThat(new FieldProblems().maxLength("name", null, 3).isEmpty()).isTrue();
	}

	@Test
	void aLongerValueIsTooLongAndTheProblemNamesTheLimit() {
		FieldProblems problems = new FieldProblems().maxLength("name", "abcd", 3);

		assertThat(problems.key("name")).isEqualTo("validation.tooLong");
		assertThat(problems.get("name").args()).containsExactly(3);
	}

	@Test
	void lengthIsCountedInCharacters() {
		assertThat(new FieldProblems().maxLength("name", EMOJI.repeat(3), 3).isEmpty()).isTrue();
		assertThat(new FieldProblems().maxLength("name", EMOJI.repeat(4), 3).key("name"))
			.isEqualTo("validation.tooLong");
	}

	@Test
	void anEmailThatIsGivenMustBeAnAddress() {
		assertThat(new FieldProblems().email("email", "ana@example.org").isEmpty()).isTrue();
		assertThat(new FieldProblems().email("email", "ana@example").key("email")).isEqualTo("validation.email");
		assertThat(new FieldProblems().email("email", "ana example.org").key("email")).isEqualTo("validation.email");
	}

	@Test
	void aMissingEmailIsLeftToRequired() {
		assertThat(new FieldProblems().email("email", null).isEmpty()).isTrue();
		assertThat(new FieldProblems().email("email", "").isEmpty()).isTrue();
		assertThat(new FieldProblems().email("email", "   ").isEmpty()).isTrue();
	}

	@Test
	void anOverlongEmailIsTooLongRatherThanMalformed() {
		String longest = "ana@" + "e".repeat(Emails.MAX_LENGTH - 8) + ".org";
		FieldProblems problems = new FieldProblems().email("email", longest + "x");

		assertThat(new FieldProblems().email("email", longest).isEmpty()).isTrue();
		assertThat(problems.key("email")).isEqualTo("validation.tooLong");
		assertThat(problems.get("email").args()).containsExactly(Emails.MAX_LENGTH);
	}

	@Test
	void anEmailIsMeasuredInCharacters() {
		String longest = "ana@" + EMOJI.repeat(Emails.MAX_LENGTH - 8) + ".org";

		assertThat(new FieldProblems().email("email", longest).isEmpty()).isTrue();
		assertThat(new FieldProblems().email("email", longest + "x").key("email")).isEqualTo("validation.tooLong");
	}

	@Test
	void webAddressesAreAbsoluteHttpOrHttpsWithAHost() {
		assertThat(FieldProblems.isWebAddress("https://example.org")).isTrue();
		assertThat(FieldProblems.isWebAddress("http://example.org/about?lang=es#team")).isTrue();
		assertThat(FieldProblems.isWebAddress("HTTPS://EXAMPLE.ORG")).isTrue();
		assertThat(FieldProblems.isWebAddress("Http://example.org")).isTrue();
		assertThat(FieldProblems.isWebAddress("http://[::1]:8080/")).isTrue();
	}

	@Test
	void otherTextIsNoWebAddress() {
		assertThat(FieldProblems.isWebAddress("example.org")).isFalse();
		assertThat(FieldProblems.isWebAddress("//example.org/about")).isFalse();
		assertThat(FieldProblems.isWebAddress("/about")).isFalse();
		assertThat(FieldProblems.isWebAddress("ftp://example.org")).isFalse();
		assertThat(FieldProblems.isWebAddress("javascript:alert(1)")).isFalse();
		assertThat(FieldProblems.isWebAddress("mailto:ana@example.org")).isFalse();
		assertThat(FieldProblems.isWebAddress("https:example.org")).isFalse();
		assertThat(FieldProblems.isWebAddress("https:///about")).isFalse();
		assertThat(FieldProblems.isWebAddress("https://")).isFalse();
		assertThat(FieldProblems.isWebAddress("https://exa mple.org")).isFalse();
		assertThat(FieldProblems.isWebAddress("")).isFalse();
		assertThat(FieldProblems.isWebAddress(null)).isFalse();
	}

	@Test
	void aWebAddressThatIsGivenMustBeOne() {
		assertThat(new FieldProblems().webAddress("website", "https://example.org").isEmpty()).isTrue();
		assertThat(new FieldProblems().webAddress("website", "example.org").key("website")).isEqualTo("validation.url");
	}

	@Test
	void aMissingWebAddressIsLeftToRequired() {
		assertThat(new FieldProblems().webAddress("website", null).isEmpty()).isTrue();
		assertThat(new FieldProblems().webAddress("website", "").isEmpty()).isTrue();
		assertThat(new FieldProblems().webAddress("website", "  ").isEmpty()).isTrue();
	}

	@Test
	void eachCheckAddsToTheSameProblems() {
		FieldProblems problems = new FieldProblems();

		problems.required("name", null)
			.maxLength("title", "long", 1)
			.email("email", "nobody")
			.webAddress("website", "nowhere")
			.add("country", "validation.choose");

		assertThat(problems.messageKeys()).containsExactly(entry("name", "validation.required"),
				entry("title", "validation.tooLong"), entry("email", "validation.email"),
				entry("website", "validation.url"), entry("country", "validation.choose"));
	}

	@Test
	void addingAllKeepsTheProblemsAlreadyFound() {
		FieldProblems problems = new FieldProblems().add("name", "validation.required");
		FieldProblems other = new FieldProblems().add("name", "validation.tooLong", 200).add("logo", "logo.type");

		FieldProblems result = problems.addAll(other);

		assertThat(result).isSameAs(problems);
		assertThat(problems.messageKeys()).containsExactly(entry("name", "validation.required"),
				entry("logo", "logo.type"));
		assertThat(other.messageKeys()).containsExactly(entry("name", "validation.tooLong"),
				entry("logo", "logo.type"));
	}

	@Test
	void noProblemsThrowNothing() {
		assertThatNoException().isThrownBy(() -> new FieldProblems().throwIfAny());
	}

	@Test
	void problemsAreThrownAsInvalidInputThatCarriesThem() {
		FieldProblems problems = new FieldProblems().add("title", "validation.required")
			.add("body", "validation.required");

		assertThatExceptionOfType(InvalidInput.class).isThrownBy(problems::throwIfAny)
			.withMessage("Invalid input: [title, body]")
			.satisfies((ex) -> assertThat(ex.problems()).isSameAs(problems));
	}

}
