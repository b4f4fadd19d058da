package org.adelante.letters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.adelante.letters.SignerRows.SignerRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignerRowsTests {

	private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

	private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

	@Test
	void aRowWithAnOrganisationsNameIsItsSignatureAndTheNameColumnItsSigner() {
		SignerRow row = only("Organización,Nombre,Correo,País,Sitio web,Alcance\n"
				+ "Agua Vida,Luz Pérez,Luz@AguaVida.example,México,aguavida.example,Estatal\n", Signers.BOTH);

		assertThat(row.problems().isEmpty()).as(row.problems().messageKeys().toString()).isTrue();
		assertThat(row.details().kind()).isEqualTo(SignerKind.ORGANIZATION);
		assertThat(row.details().organizationName()).isEqualTo("Agua Vida");
		assertThat(row.details().name()).isEqualTo("Luz Pérez");
		assertThat(row.details().email()).isEqualTo("luz@aguavida.example");
		assertThat(row.details().country()).isEqualTo("MX");
		assertThat(row.details().website()).isEqualTo("https://aguavida.example");
		assertThat(row.details().scope()).isEqualTo("REGIONAL");
		assertThat(row.signedAt()).isEqualTo(NOW);
	}

	@Test
	void ourExportsRowsAreReadAsTheyWereSigned() {
		List<SignerRow> rows = read(
				"kind,name,country,scope,signer_name,signer_email,signer_language,confirmed_at\n"
						+ "organization,Red Fronteriza,US,local,Ana Ruiz,ana@rf.example,es,2025-03-01T17:05:09Z\n"
						+ "individual,Rosa Díaz,MX,,Rosa Díaz,rosa@example.org,en,2025-03-02T08:00:00Z\n",
				Signers.BOTH);

		assertThat(rows).allSatisfy((row) -> assertThat(row.problems().isEmpty()).isTrue());
		assertThat(rows.get(0).details().organizationName()).isEqualTo("Red Fronteriza");
		assertThat(rows.get(0).details().name()).isEqualTo("Ana Ruiz");
		assertThat(rows.get(0).language()).isEqualTo("es");
		assertThat(rows.get(0).signedAt()).isEqualTo(Instant.parse("2025-03-01T17:05:09Z"));
		assertThat(rows.get(1).details().kind()).isEqualTo(SignerKind.INDIVIDUAL);
		assertThat(rows.get(1).details().name()).isEqualTo("Rosa Díaz");
		assertThat(rows.get(1).details().organizationName()).isNull();
	}

	@Test
	void withoutAKindARowIsAPersonsUnlessTheLetterTakesOnlyOrganisations() {
		String file = "Name,Email\nComité Vecinal,cv@example.org\n";

		assertThat(only(file, Signers.BOTH).details().kind()).isEqualTo(SignerKind.INDIVIDUAL);
		SignerRow organization = only(file, Signers.ORGANIZATIONS);
		assertThat(organization.details().kind()).isEqualTo(SignerKind.ORGANIZATION);
		assertThat(organization.details().organizationName()).isEqualTo("Comité Vecinal");
		assertThat(organization.problems().messageKeys()).containsOnlyKeys("name");
	}

	@Test
	void theRulesOfOnlineSigningApply() {
		SignerRow row = only("Organization,Signer,Email,Phone\n" + "x".repeat(201) + ",Ana,not-an-email,call me\n",
				Signers.BOTH);

		assertThat(row.problems().messageKeys()).containsEntry("organizationName", "validation.tooLong")
			.containsEntry("email", "validation.email")
			.containsEntry("phone", "validation.phone");
	}

	@Test
	void whatTheFileSaysThatIsNotUnderstoodIsAProblemQuotingIt() {
		SignerRow row = only("Kind,Name,Email,Country,Scope,Language,Date\n"
				+ "club,Ana,ana@example.org,Atlantis,galactic,klingon,someday\n", Signers.BOTH);

		assertThat(row.problems().messageKeys()).containsEntry("kind", "letterImport.problem.kind")
			.containsEntry("country", "letterImport.problem.country")
			.containsEntry("language", "letterImport.problem.language")
			.containsEntry("signedAt", "letterImport.problem.date");
		assertThat(row.problems().get("country").args()).containsExactly("Atlantis");
	}

	@Test
	void aSignerTheLetterDoesNotTakeIsAProblem() {
		SignerRow row = only("Kind,Name,Email\nperson,Ana,ana@example.org\n", Signers.ORGANIZATIONS);

		assertThat(row.problems().messageKeys()).containsEntry("kind",
				"letterImport.problem.kindNotAllowed.individual");
	}

	@Test
	void datesAreReadInTheCommonFormsAndTheLettersZone() {
		assertThat(SignerRows.instant("2025-03-01T17:05:09Z", false, PHOENIX))
			.isEqualTo(Instant.parse("2025-03-01T17:05:09Z"));
		assertThat(SignerRows.instant("2025-03-01T10:05:09-07:00", false, PHOENIX))
			.isEqualTo(Instant.parse("2025-03-01T17:05:09Z"));
		assertThat(SignerRows.instant("2025-03-01", false, PHOENIX)).isEqualTo(Instant.parse("2025-03-01T07:00:00Z"));
		assertThat(SignerRows.instant("2025-03-01 10:05", false, PHOENIX))
			.isEqualTo(Instant.parse("2025-03-01T17:05:00Z"));
		assertThat(SignerRows.instant("31/05/2025 10:22:33", false, PHOENIX))
			.isEqualTo(Instant.parse("2025-05-31T17:22:33Z"));
		assertThat(SignerRows.instant("5/31/2025 10:22:33", true, PHOENIX))
			.isEqualTo(Instant.parse("2025-05-31T17:22:33Z"));
		assertThat(SignerRows.instant("31/31/2025", false, PHOENIX)).isNull();
		assertThat(SignerRows.instant("yesterday", false, PHOENIX)).isNull();
	}

	@Test
	void slashedDatesPutTheMonthFirstOnlyWhenTheFileShowsIt() {
		assertThat(read("Name,Email,Date\nA,a@example.org,3/4/2025\nB,b@example.org,5/31/2025\n", Signers.BOTH).get(0)
			.signedAt()).isEqualTo(Instant.parse("2025-03-04T07:00:00Z"));
		assertThat(read("Name,Email,Date\nA,a@example.org,3/4/2025\nB,b@example.org,31/5/2025\n", Signers.BOTH).get(0)
			.signedAt()).isEqualTo(Instant.parse("2025-04-03T07:00:00Z"));
	}

	@Test
	void aDateInTheFutureIsAProblem() {
		SignerRow row = only("Name,Email,Date\nAna,ana@example.org,2030-01-01\n", Signers.BOTH);

		assertThat(row.problems().messageKeys()).containsEntry("signedAt", "letterImport.problem.futureDate");
		assertThat(row.signedAt()).isEqualTo(NOW);
	}

	private static SignerRow only(String text, Signers signers) {
		List<SignerRow> rows = read(text, signers);
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private static List<SignerRow> read(String text, Signers signers) {
		SignerFile file = SignerFile.read(text.getBytes(StandardCharsets.UTF_8));
		return SignerRows.read(file, ImportMapping.guessed(file.headers()), letter(signers), NOW);
	}

	private static Letter letter(Signers signers) {
		LetterContent content = LetterDraft.titled("Imported into").signers(signers).content();
		return new Letter(1, content, LetterStatus.OPEN, NOW.minusSeconds(3600), null, 0, 0, 0, NOW, 0, "test", NOW,
				NOW, new TextVersion(1, content.textHash()));
	}

}
