package org.adelante.letters;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adelante.organizations.Scope;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;
import org.adelante.shared.web.Countries;

/**
 * The rows of a file of signers read, by a mapping, as what a signer sends the signing
 * form, with what is wrong with each by the rules of online signing (lengths, email,
 * phone, who may sign the letter) and by the file's own: a kind, country, scope, language
 * or date that is not understood. Cells are read as people fill spreadsheets in:
 * {@code organización} or {@code persona}, a country's name or code, a website without
 * {@code https://}, a date as {@code 2025-03-31}, {@code 31/03/2025} or an ISO 8601 time.
 */
final class SignerRows {

	private static final Map<String, SignerKind> KINDS = Map.ofEntries(
			Map.entry("organization", SignerKind.ORGANIZATION), Map.entry("organisation", SignerKind.ORGANIZATION),
			Map.entry("org", SignerKind.ORGANIZATION), Map.entry("organizacion", SignerKind.ORGANIZATION),
			Map.entry("organizaciones", SignerKind.ORGANIZATION), Map.entry("organizations", SignerKind.ORGANIZATION),
			Map.entry("individual", SignerKind.INDIVIDUAL), Map.entry("individuals", SignerKind.INDIVIDUAL),
			Map.entry("person", SignerKind.INDIVIDUAL), Map.entry("persona", SignerKind.INDIVIDUAL),
			Map.entry("individuo", SignerKind.INDIVIDUAL), Map.entry("a titulo personal", SignerKind.INDIVIDUAL),
			Map.entry("personal", SignerKind.INDIVIDUAL));

	private static final Map<String, Scope> SCOPES = Map.ofEntries(Map.entry("internacional", Scope.INTERNATIONAL),
			Map.entry("nacional", Scope.NATIONAL), Map.entry("state", Scope.REGIONAL),
			Map.entry("state or regional", Scope.REGIONAL), Map.entry("estatal", Scope.REGIONAL),
			Map.entry("estatal o regional", Scope.REGIONAL), Map.entry("local", Scope.LOCAL));

	private static final Map<String, String> LANGUAGES = Map.of("en", "en", "english", "en", "ingles", "en", "es", "es",
			"spanish", "es", "espanol", "es", "castellano", "es");

	/** A date with slashes, day or month first, and perhaps a time. */
	private static final Pattern SLASHED = Pattern
		.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

	/** The longest a cell is quoted in a problem. */
	private static final int QUOTED_MAX = 60;

	private SignerRows() {
	}

	/** Every row of the file read by the mapping, in order. */
	static List<SignerRow> read(SignerFile file, ImportMapping mapping, Letter letter, Instant now) {
		boolean monthFirst = monthFirst(file, mapping.column(ImportField.SIGNED_AT));
		List<SignerRow> rows = new ArrayList<>(file.rows().size());
		for (SignerFile.Row row : file.rows()) {
			rows.add(read(row, mapping, letter, monthFirst, now));
		}
		return rows;
	}

	static SignerRow read(SignerFile.Row row, ImportMapping mapping, Letter letter, boolean monthFirst, Instant now) {
		FieldProblems problems = new FieldProblems();
		String kindText = value(row, mapping, ImportField.KIND);
		String organizationName = value(row, mapping, ImportField.ORGANIZATION_NAME);
		String name = value(row, mapping, ImportField.NAME);
		String signerName = value(row, mapping, ImportField.SIGNER_NAME);
		SignerKind kind = null;
		if (kindText != null) {
			kind = KINDS.get(ImportMapping.normalise(kindText));
			if (kind == null) {
				problems.add("kind", "letterImport.problem.kind", shown(kindText));
			}
		}
		Signers signers = letter.content().signers();
		if (kind == null) {
			kind = (organizationName != null || signers == Signers.ORGANIZATIONS) ? SignerKind.ORGANIZATION
					: SignerKind.INDIVIDUAL;
		}
		String listedName;
		String personName;
		if (kind == SignerKind.ORGANIZATION) {
			listedName = (organizationName != null) ? organizationName : name;
			personName = (signerName != null) ? signerName : ((organizationName != null) ? name : null);
		}
		else {
			listedName = null;
			personName = (name != null) ? name : signerName;
		}
		String countryText = value(row, mapping, ImportField.COUNTRY);
		String country = Countries.code(countryText);
		if (countryText != null && country == null) {
			problems.add("country", "letterImport.problem.country", shown(countryText));
		}
		String scopeText = value(row, mapping, ImportField.SCOPE);
		Scope scope = scope(scopeText);
		if (scopeText != null && scope == null && kind == SignerKind.ORGANIZATION) {
			problems.add("scope", "letterImport.problem.scope", shown(scopeText));
		}
		String languageText = value(row, mapping, ImportField.LANGUAGE);
		String language = (languageText != null) ? LANGUAGES.get(ImportMapping.normalise(languageText))
				: letter.content().languages().get(0);
		if (language == null) {
			problems.add("language", "letterImport.problem.language", shown(languageText));
			language = letter.content().languages().get(0);
		}
		String signedText = value(row, mapping, ImportField.SIGNED_AT);
		Instant signedAt = now;
		if (signedText != null) {
			Instant parsed = instant(signedText, monthFirst, letter.content().timeZone());
			if (parsed == null) {
				problems.add("signedAt", "letterImport.problem.date", shown(signedText));
			}
			else if (parsed.isAfter(now)) {
				problems.add("signedAt", "letterImport.problem.futureDate", shown(signedText));
			}
			else {
				signedAt = parsed;
			}
		}
		SignatureDetails details = new SignatureDetails(kind, listedName,
				website(value(row, mapping, ImportField.WEBSITE)), value(row, mapping, ImportField.CITY),
				value(row, mapping, ImportField.REGION), country, (scope != null) ? scope.name() : null, personName,
				value(row, mapping, ImportField.SIGNER_TITLE), value(row, mapping, ImportField.EMAIL),
				value(row, mapping, ImportField.PHONE), value(row, mapping, ImportField.COMMENT), true, null)
			.forKind();
		problems.addAll(details.problems());
		if (!signers.allows(kind)) {
			problems.add("kind", "letterImport.problem.kindNotAllowed." + kind.param());
		}
		return new SignerRow(row.number(), details, language, signedAt, problems);
	}

	/** A cell as a message quotes it: a long one cut short. */
	private static String shown(String cell) {
		return Text.excerpt(cell, QUOTED_MAX);
	}

	private static String value(SignerFile.Row row, ImportMapping mapping, ImportField field) {
		int column = mapping.column(field);
		return (column >= 0) ? row.cell(column) : null;
	}

	/**
	 * A website as people write it: {@code example.org} is {@code https://example.org}.
	 */
	private static String website(String written) {
		if (written == null) {
			return null;
		}
		String website = written.strip();
		if (!FieldProblems.isWebAddress(website) && !website.contains("://")
				&& FieldProblems.isWebAddress("https://" + website)) {
			return "https://" + website;
		}
		return website;
	}

	private static Scope scope(String written) {
		if (written == null) {
			return null;
		}
		Scope scope = Scope.parse(written);
		return (scope != null) ? scope : SCOPES.get(ImportMapping.normalise(written));
	}

	/**
	 * Whether the file's dates with slashes put the month first (5/31/2025): only when
	 * one of them can only be read so and none can only be read day first.
	 */
	static boolean monthFirst(SignerFile file, int column) {
		if (column < 0) {
			return false;
		}
		boolean dayFirstOnly = false;
		boolean monthFirstOnly = false;
		for (SignerFile.Row row : file.rows()) {
			String cell = row.cell(column);
			Matcher matcher = (cell != null) ? SLASHED.matcher(cell.strip()) : null;
			if (matcher != null && matcher.matches()) {
				dayFirstOnly |= Integer.parseInt(matcher.group(1)) > 12;
				monthFirstOnly |= Integer.parseInt(matcher.group(2)) > 12;
			}
		}
		return monthFirstOnly && !dayFirstOnly;
	}

	/**
	 * The time written: an ISO 8601 instant or time with offset, or a date, or a date and
	 * time in the letter's zone, with dashes or (day or month first) slashes;
	 * {@code null} if it is none of them.
	 */
	static Instant instant(String written, boolean monthFirst, ZoneId zone) {
		String text = written.strip();
		try {
			if (text.endsWith("Z") || text.endsWith("z")) {
				return Instant.parse(text.toUpperCase(java.util.Locale.ROOT));
			}
			if (text.matches(".*T.*[+-]\\d{2}:?\\d{2}")) {
				return OffsetDateTime.parse(text).toInstant();
			}
			if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(text).atStartOfDay(zone).toInstant();
			}
			if (text.matches("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
				return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant();
			}
			Matcher slashed = SLASHED.matcher(text);
			if (slashed.matches()) {
				int first = Integer.parseInt(slashed.group(1));
				int second = Integer.parseInt(slashed.group(2));
				LocalDate date = LocalDate.of(Integer.parseInt(slashed.group(3)), monthFirst ? first : second,
						monthFirst ? second : first);
				LocalTime time = (slashed.group(4) != null)
						? LocalTime.of(Integer.parseInt(slashed.group(4)), Integer.parseInt(slashed.group(5)),
								(slashed.group(6) != null) ? Integer.parseInt(slashed.group(6)) : 0)
						: LocalTime.MIDNIGHT;
				return date.atTime(time).atZone(zone).toInstant();
			}
		}
		catch (DateTimeException ex) {
			return null;
		}
		return null;
	}

	/**
	 * One row read as a signature.
	 *
	 * @param number its row number in the file
	 * @param details what it gives, as the signing form would send it
	 * @param language the signer's language
	 * @param signedAt when they signed: as the row says, or now
	 * @param problems what is wrong with it; empty when it can be imported
	 */
	record SignerRow(int number, SignatureDetails details, String language, Instant signedAt, FieldProblems problems) {
	}

}
