package org.adelante.letters;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureDetailsTests {

	@Test
	void anOrganisationsSignatureNeedsItsNameTheSignersNameAndEmailAndTheAttestation() {
		SignatureDetails empty = new SignatureDetails(SignerKind.ORGANIZATION, " ", null, null, null, null, null, null,
				null, null, null, null, false, null);

		assertThat(empty.problems().messageKeys()).containsEntry("organizationName", "validation.required")
			.containsEntry("name", "validation.required")
			.containsEntry("email", "validation.required")
			.containsEntry("attest", "letters.sign.attest.required");
	}

	@Test
	void aPersonsSignatureNeedsNoOrganisationNorAttestation() {
		SignatureDetails person = new SignatureDetails(SignerKind.INDIVIDUAL, null, null, "Tucson", null, "us", null,
				"Ana", null, " Ana@Example.org ", null, null, false, null);

		assertThat(person.problems().isEmpty()).isTrue();
		assertThat(person.email()).isEqualTo("ana@example.org");
		assertThat(person.country()).isEqualTo("US");
	}

	@Test
	void aPersonsSignatureKeepsNothingOfAnOrganisation() {
		SignatureDetails person = new SignatureDetails(SignerKind.INDIVIDUAL, "Org", "https://example.org", "Tucson",
				"Arizona", "US", "LOCAL", "Ana", "Boss", "ana@example.org", "123", "Hi", true, "words");

		SignatureDetails kept = person.forKind();

		assertThat(kept.organizationName()).isNull();
		assertThat(kept.website()).isNull();
		assertThat(kept.title()).isNull();
		assertThat(kept.attested()).isFalse();
		assertThat(kept.name()).isEqualTo("Ana");
		assertThat(kept.city()).isEqualTo("Tucson");
	}

	@Test
	void valuesOutsideTheChoicesAndLimitsAreRefused() {
		SignatureDetails details = new SignatureDetails(SignerKind.ORGANIZATION, "Org", "ftp://example.org",
				"c".repeat(101), null, "ZZ", "COSMIC", "Ana", null, "ana@example", "call me", "x".repeat(1001), true,
				"words");

		assertThat(details.problems().messageKeys()).containsEntry("website", "validation.url")
			.containsEntry("city", "validation.tooLong")
			.containsEntry("country", "validation.choose")
			.containsEntry("scope", "validation.choose")
			.containsEntry("email", "validation.email")
			.containsEntry("phone", "validation.phone")
			.containsEntry("comment", "validation.tooLong");
	}

	@Test
	void controlCharactersAreCleanedFromWhatIsTyped() {
		SignatureDetails details = new SignatureDetails(SignerKind.ORGANIZATION, "Red\u0000 del\nAgua", null, null,
				null, null, null, "Ana\u2028López", null, "ana@example.org", null, "line one\r\nline two\u0007", true,
				"words");

		assertThat(details.organizationName()).isEqualTo("Red  del Agua");
		assertThat(details.name()).isEqualTo("Ana López");
		assertThat(details.comment()).isEqualTo("line one\nline two");
	}

}
