package org.adelante.letters;

import java.util.List;

import org.adelante.shared.FieldProblems;
import org.junit.jupiter.api.Test;

import static org.adelante.letters.ImportField.CITY;
import static org.adelante.letters.ImportField.COMMENT;
import static org.adelante.letters.ImportField.COUNTRY;
import static org.adelante.letters.ImportField.EMAIL;
import static org.adelante.letters.ImportField.IGNORE;
import static org.adelante.letters.ImportField.KIND;
import static org.adelante.letters.ImportField.LANGUAGE;
import static org.adelante.letters.ImportField.NAME;
import static org.adelante.letters.ImportField.ORGANIZATION_NAME;
import static org.adelante.letters.ImportField.PHONE;
import static org.adelante.letters.ImportField.REGION;
import static org.adelante.letters.ImportField.SCOPE;
import static org.adelante.letters.ImportField.SIGNED_AT;
import static org.adelante.letters.ImportField.SIGNER_NAME;
import static org.adelante.letters.ImportField.SIGNER_TITLE;
import static org.adelante.letters.ImportField.WEBSITE;
import static org.assertj.core.api.Assertions.assertThat;

class ImportMappingTests {

	@Test
	void theColumnsOfOurOwnExportMapThemselves() {
		List<String> headers = List.of("signature_id", "kind", "name", "city", "region", "country", "scope", "status",
				"convener", "source", "text_version", "signer_name", "signer_title", "signer_email", "signer_phone",
				"signer_language", "signer_comment", "email_domain_matches", "attested_at", "confirmed_at", "listed_at",
				"withdrawn_at", "contacts");

		assertThat(ImportMapping.guessed(headers).fields()).containsExactly(IGNORE, KIND, NAME, CITY, REGION, COUNTRY,
				SCOPE, IGNORE, IGNORE, IGNORE, IGNORE, SIGNER_NAME, SIGNER_TITLE, EMAIL, PHONE, LANGUAGE, COMMENT,
				IGNORE, IGNORE, SIGNED_AT, IGNORE, IGNORE, IGNORE);
	}

	@Test
	void aSpanishFormsColumnsAreGuessed() {
		List<String> headers = List.of("Marca temporal", "Dirección de correo electrónico", "Nombre de la organización",
				"Nombre y apellidos", "Cargo", "Teléfono", "País", "Sitio web", "¿Algún comentario?");

		assertThat(ImportMapping.guessed(headers).fields()).containsExactly(SIGNED_AT, EMAIL, ORGANIZATION_NAME,
				SIGNER_NAME, SIGNER_TITLE, PHONE, COUNTRY, WEBSITE, IGNORE);
	}

	@Test
	void anEnglishFormsColumnsAreGuessed() {
		List<String> headers = List.of("Timestamp", "Email Address", "Organisation", "Your name", "Job title", "City",
				"State", "Country", "Website", "Comments");

		assertThat(ImportMapping.guessed(headers).fields()).containsExactly(SIGNED_AT, EMAIL, ORGANIZATION_NAME,
				SIGNER_NAME, SIGNER_TITLE, CITY, REGION, COUNTRY, WEBSITE, COMMENT);
	}

	@Test
	void aFieldIsGuessedForOneColumnOnly() {
		assertThat(ImportMapping.guessed(List.of("Email", "E-mail", "Name")).fields()).containsExactly(EMAIL, IGNORE,
				NAME);
	}

	@Test
	void theSameColumnNamesInAnotherOrderOrCaseAreTheSameFile() {
		assertThat(ImportMapping.headerKey(List.of("Organización", "Correo")))
			.isEqualTo(ImportMapping.headerKey(List.of(" correo", "ORGANIZACION")))
			.isNotEqualTo(ImportMapping.headerKey(List.of("Organización", "Correo", "País")));
	}

	@Test
	void aRememberedMappingIsAppliedByColumnNameWhateverTheOrder() {
		List<String> headers = List.of("Grupo", "Correo", "Notas internas");
		ImportMapping chosen = new ImportMapping(List.of(ORGANIZATION_NAME, EMAIL, COMMENT));

		ImportMapping again = ImportMapping.fromRemembered(chosen.remembered(headers),
				List.of("notas internas", "Correo", "Grupo"));

		assertThat(again.fields()).containsExactly(COMMENT, EMAIL, ORGANIZATION_NAME);
	}

	@Test
	void aStoredMappingIsReadBackOnlyForAsManyColumns() {
		ImportMapping mapping = new ImportMapping(List.of(NAME, EMAIL, IGNORE));

		assertThat(ImportMapping.fromStored(mapping.stored(), 3)).isEqualTo(mapping);
		assertThat(ImportMapping.fromStored(mapping.stored(), 4)).isNull();
		assertThat(ImportMapping.fromStored("NAME\nNOT_A_FIELD", 2)).isNull();
		assertThat(ImportMapping.fromStored(null, 2)).isNull();
	}

	@Test
	void aFieldChosenTwiceOrNoEmailOrNameIsAProblem() {
		assertThat(new ImportMapping(List.of(NAME, EMAIL, NAME)).problems().messageKeys())
			.containsExactly(java.util.Map.entry("column-3", "letterImport.mapping.twice"));
		assertThat(new ImportMapping(List.of(NAME, CITY)).problems().messageKeys())
			.containsOnlyKeys(ImportMapping.EMAIL_PROBLEM);
		assertThat(new ImportMapping(List.of(EMAIL, CITY)).problems().messageKeys())
			.containsOnlyKeys(ImportMapping.NAME_PROBLEM);
		assertThat(new ImportMapping(List.of(SIGNER_NAME, EMAIL, IGNORE, IGNORE)).problems().isEmpty()).isTrue();
	}

	@Test
	void fieldsChosenInAFormAreReadByTheirValues() {
		FieldProblems problems = new FieldProblems();

		ImportMapping chosen = ImportMapping.chosen(List.of("organization-name", "email", "nonsense"), 4, problems);

		assertThat(chosen.fields()).containsExactly(ORGANIZATION_NAME, EMAIL, IGNORE, IGNORE);
		assertThat(problems.messageKeys()).containsOnlyKeys("column-3", "column-4");
	}

	@Test
	void columnNamesAreComparedWithoutCaseAccentsOrPunctuation() {
		assertThat(ImportMapping.normalise("  Dirección_de   Correo-Electrónico "))
			.isEqualTo("direccion de correo electronico");
		assertThat(ImportMapping.normalise(null)).isEmpty();
	}

}
