package org.adelante.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.adelante.letters.Grouping;
import org.adelante.letters.Letter;
import org.adelante.letters.LetterContent;
import org.adelante.letters.Letters;
import org.adelante.letters.Milestones;
import org.adelante.letters.SignatureDetails;
import org.adelante.letters.Signatures;
import org.adelante.letters.Signers;
import org.adelante.letters.SignerKind;
import org.adelante.letters.Target;
import org.adelante.organizations.OrganizationCandidate;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.Scope;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's sign-on letter: the coalition's letter to the governor on the water of the
 * Santa Cruz basin, in English and Spanish, open for signatures, with the 124
 * organisations and the people who signed it on paper and at meetings recorded as
 * signatures ({@code demo/water-letter-*.csv}). Every name and address is invented.
 */
@Component
class DemoLetter {

	static final String SLUG = "santa-cruz-basin-water";

	private static final Duration OPEN_FOR = Duration.ofDays(14);

	private final Letters letters;

	private final Signatures signatures;

	private final Organizations organizations;

	private final MessageSource messages;

	DemoLetter(Letters letters, Signatures signatures, Organizations organizations, MessageSource messages) {
		this.letters = letters;
		this.signatures = signatures;
		this.organizations = organizations;
		this.messages = messages;
	}

	/** Writes, opens and fills the letter. */
	Letter load(Instant now, ZoneId zone) {
		List<CSVRecord> signing = rows("demo/water-letter-organisations.csv");
		List<Long> conveners = new ArrayList<>();
		for (CSVRecord row : signing) {
			if ("yes".equals(row.get("convener"))) {
				conveners.add(
						this.organizations
							.resolve(new OrganizationCandidate(row.get("name"), blank(row.get("website")),
									blank(row.get("city")), blank(row.get("region")), row.get("country"),
									Scope.valueOf(row.get("scope")), row.get("signer_email")))
							.id());
			}
		}
		Letter letter = this.letters.create(new LetterContent(SLUG,
				"Letter to the governor on the water of the Santa Cruz basin",
				"Carta a la gobernadora sobre el agua de la cuenca del Santa Cruz", text("demo/water-letter.en.md"),
				text("demo/water-letter.es.md"), List.of(new Target("Marta Ellison", "Governor", "State of Arizona")),
				conveners, null, now.plus(OPEN_FOR), zone, Signers.BOTH, false, null,
				Milestones.parse("50, 100, 250").orElseThrow(), Grouping.BY_SCOPE));
		this.letters.openNow(letter.id());
		for (CSVRecord row : signing) {
			Locale locale = Locale.forLanguageTag(row.get("language"));
			this.signatures.record(letter.id(),
					new SignatureDetails(SignerKind.ORGANIZATION, row.get("name"), blank(row.get("website")),
							blank(row.get("city")), blank(row.get("region")), row.get("country"), row.get("scope"),
							row.get("signer_name"), blank(row.get("signer_title")), row.get("signer_email"), null, null,
							true, this.messages.getMessage("letters.sign.attest", null, locale)),
					locale);
		}
		for (CSVRecord row : rows("demo/water-letter-individuals.csv")) {
			this.signatures.record(letter.id(),
					new SignatureDetails(SignerKind.INDIVIDUAL, null, null, blank(row.get("city")), null,
							row.get("country"), null, row.get("name"), null, row.get("email"), null, null, false, null),
					Locale.forLanguageTag(row.get("language")));
		}
		return this.letters.get(letter.id());
	}

	private static List<CSVRecord> rows(String path) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
