package org.adelante.letters;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.adelante.letters.SignatureImportRepository.StoredImport;
import org.adelante.letters.SignerRows.SignerRow;
import org.adelante.letters.Signatures.ImportOutcome;
import org.adelante.letters.Signatures.ImportingSigner;
import org.adelante.organizations.Organization;
import org.adelante.organizations.OrganizationCandidate;
import org.adelante.organizations.Organizations;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.SecretTokens;
import org.adelante.shared.Text;
import org.adelante.shared.security.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters module's API for importing signers collected elsewhere, such as a
 * spreadsheet form's export: staff upload a CSV file, say what each column holds (the
 * choice is remembered for the next file with the same column names), see a preview with
 * each row's problems, and import it in one transaction, all or nothing. Imported
 * signatures are found and deduplicated as online signatures are (an organisation is one
 * signature, matched in the registry), are marked as imported, and count at once.
 * <p>
 * The uploaded file is kept in the database between the steps, so that any node can serve
 * each of them, until it is imported or {@value #KEPT_HOURS} hours have passed.
 */
@Service
public class SignatureImports {

	/** The largest file taken, in bytes. */
	public static final int MAX_BYTES = SignerFile.MAX_BYTES;

	/** The most signers one file may have. */
	public static final int MAX_ROWS = SignerFile.MAX_ROWS;

	/** How long an upload is kept for its import, in hours. */
	static final int KEPT_HOURS = 2;

	/** How many rows the column choice shows as samples. */
	static final int SAMPLES = 3;

	private static final int FILE_NAME_MAX = 200;

	private final LetterRepository letters;

	private final SignatureRepository signatures;

	private final SignatureImportRepository imports;

	private final Signatures signing;

	private final Organizations organizations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignatureImports(LetterRepository letters, SignatureRepository signatures, SignatureImportRepository imports,
			Signatures signing, Organizations organizations, ApplicationEventPublisher events, Clock clock) {
		this.letters = letters;
		this.signatures = signatures;
		this.imports = imports;
		this.signing = signing;
		this.organizations = organizations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Keeps an uploaded file of signers for its import into the letter.
	 * @param content the file, of which at most {@link #MAX_BYTES} and one more byte are
	 * read
	 * @throws LetterNotFound if there is no such letter
	 * @throws FieldProblems.InvalidInput (on {@code file}) if it is not a CSV file of
	 * signers that can be read, saying why
	 */
	@Transactional
	public SignatureUpload upload(long letterId, String fileName, InputStream content) throws IOException {
		this.letters.find(letterId).orElseThrow(() -> new LetterNotFound(letterId));
		SignerFile file = SignerFile.read(content.readNBytes(MAX_BYTES + 1));
		Instant now = this.clock.instant();
		String token = SecretTokens.issue();
		this.imports.insert(token, letterId, Text.truncate(Text.line(fileName), FILE_NAME_MAX), file, Actor.current(),
				now.plus(Duration.ofHours(KEPT_HOURS)), now);
		return find(letterId, token);
	}

	/**
	 * The letter's upload, with what each column holds as staff chose it or else as
	 * remembered or guessed.
	 * @throws SignatureImportNotFound if there is none with the token, or it expired
	 */
	@Transactional(readOnly = true)
	public SignatureUpload find(long letterId, String token) {
		StoredImport stored = stored(letterId, token);
		if (stored.content() == null) {
			return new SignatureUpload(token, letterId, stored.fileName(), List.of(), List.of(), true, List.of(), 0,
					stored.expiresAt(), stored.importedCount());
		}
		return upload(stored, SignerFile.parse(stored.content(), stored.delimiter()));
	}

	/**
	 * Records what each column of the upload holds, and remembers it for files with the
	 * same column names.
	 * @param fields the form value of a field for each column, in order
	 * @throws SignatureImportNotFound if there is no such upload
	 * @throws FieldProblems.InvalidInput (on {@code column-<n>}, or on the mapping) if a
	 * column has no field, a field is chosen twice, or no column holds the email or a
	 * name
	 */
	@Transactional
	public SignatureUpload map(long letterId, String token, List<String> fields) {
		StoredImport stored = stored(letterId, token);
		if (stored.content() == null) {
			return find(letterId, token);
		}
		SignerFile file = SignerFile.parse(stored.content(), stored.delimiter());
		FieldProblems problems = new FieldProblems();
		ImportMapping mapping = ImportMapping.chosen(fields, file.headers().size(), problems);
		problems.addAll(mapping.problems()).throwIfAny();
		this.imports.saveMapping(stored.id(), mapping.stored());
		this.imports.remember(ImportMapping.headerKey(file.headers()), mapping.remembered(file.headers()),
				this.clock.instant());
		return find(letterId, token);
	}

	/**
	 * What importing the upload would do, row by row: each row's problems by the rules of
	 * online signing, and whether it is a signer that signed the letter already or that
	 * an earlier row brings.
	 * @throws SignatureImportNotFound if there is no such upload, or it has no mapping
	 * chosen or was imported
	 */
	@Transactional(readOnly = true)
	public ImportPreview preview(long letterId, String token) {
		StoredImport stored = stored(letterId, token);
		Letter letter = this.letters.find(letterId).orElseThrow(() -> new LetterNotFound(letterId));
		Instant now = this.clock.instant();
		return preview(stored, letter, read(stored, letter, now), now);
	}

	/**
	 * Imports the upload, in one transaction: every row staff saw as good, or nothing.
	 * @param skipProblems whether rows with problems are left out; without it, one such
	 * row refuses the import
	 * @param sendEmails whether each signer is emailed that their signature is recorded,
	 * with a link to withdraw it
	 * @param expected how many signatures the preview said would be imported
	 * @return how many were imported (by this or an earlier press of the button)
	 * @throws SignatureImportNotFound if there is no such upload
	 * @throws LetterNotOpen if the letter does not take signatures now
	 * @throws SignatureImportRefused if nothing was imported: rows have problems and
	 * staff did not choose to skip them, none is good, or the letter's signatures changed
	 * so that the import would not be what the preview showed
	 */
	@Transactional
	public int importAll(long letterId, String token, boolean skipProblems, boolean sendEmails, int expected) {
		Instant now = this.clock.instant();
		StoredImport stored = this.imports.lock(letterId, token, now).orElseThrow(SignatureImportNotFound::new);
		if (stored.importedCount() != null) {
			return stored.importedCount();
		}
		Letter letter = this.letters.find(letterId).orElseThrow(() -> new LetterNotFound(letterId));
		if (!letter.isOpenAt(now)) {
			throw new LetterNotOpen(letter);
		}
		List<SignerRow> rows = read(stored, letter, now);
		ImportPreview preview = preview(stored, letter, rows, now);
		if (preview.withProblems() > 0 && !skipProblems) {
			throw new SignatureImportRefused("letterImport.refused.problems");
		}
		if (preview.good() == 0) {
			throw new SignatureImportRefused("letterImport.refused.nothing");
		}
		if (preview.good() != expected) {
			throw new SignatureImportRefused("letterImport.refused.changed");
		}
		List<ImportingSigner> signers = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (!preview.rows().get(i).hasProblems()) {
				SignerRow row = rows.get(i);
				signers.add(new ImportingSigner(row.number(), row.details(), row.language(), row.signedAt()));
			}
		}
		List<ImportOutcome> outcomes = this.signing.importSigners(letterId, signers, sendEmails);
		if (!outcomes.stream().allMatch(ImportOutcome::stored)) {
			// A signer came in, or the registry changed, since the preview: nothing is
			// kept.
			throw new SignatureImportRefused("letterImport.refused.changed");
		}
		this.imports.markImported(stored.id(), outcomes.size(), now);
		this.events.publishEvent(new SignaturesImported(letterId, letter.title(), outcomes.size(),
				preview.withProblems(), sendEmails, stored.fileName(), Actor.current(), now));
		return outcomes.size();
	}

	/**
	 * Forgets the uploads whose time ran out, imported or not. Called by the letters
	 * sweep.
	 * @return how many were forgotten
	 */
	@Transactional
	public int purgeExpired() {
		return this.imports.deleteExpired(this.clock.instant());
	}

	private StoredImport stored(long letterId, String token) {
		if (!SecretTokens.isWellFormed(token)) {
			throw new SignatureImportNotFound();
		}
		return this.imports.find(letterId, token, this.clock.instant()).orElseThrow(SignatureImportNotFound::new);
	}

	private SignatureUpload upload(StoredImport stored, SignerFile file) {
		ImportMapping chosen = ImportMapping.fromStored(stored.mapping(), file.headers().size());
		ImportMapping mapping = (chosen != null) ? chosen
				: this.imports.rememberedMapping(ImportMapping.headerKey(file.headers()))
					.map((remembered) -> ImportMapping.fromRemembered(remembered, file.headers()))
					.orElseGet(() -> ImportMapping.guessed(file.headers()));
		List<List<String>> samples = file.rows()
			.stream()
			.limit(SAMPLES)
			.map((row) -> row.cells().stream().map((cell) -> Text.excerpt(cell, 80)).toList())
			.toList();
		return new SignatureUpload(stored.token(), stored.letterId(), stored.fileName(), file.headers(),
				mapping.fields(), chosen != null, samples, file.rows().size(), stored.expiresAt(), null);
	}

	/** The upload's rows, read by the mapping staff chose. */
	private List<SignerRow> read(StoredImport stored, Letter letter, Instant now) {
		if (stored.content() == null) {
			throw new SignatureImportNotFound();
		}
		SignerFile file = SignerFile.parse(stored.content(), stored.delimiter());
		ImportMapping mapping = ImportMapping.fromStored(stored.mapping(), file.headers().size());
		if (mapping == null) {
			throw new SignatureImportNotFound();
		}
		return SignerRows.read(file, mapping, letter, now);
	}

	/**
	 * The rows as the preview shows them, with duplicates found as an import finds them:
	 * a person by their email, an organisation by the registry's matching, then among the
	 * rows whose organisations the registry does not hold yet.
	 */
	private ImportPreview preview(StoredImport stored, Letter letter, List<SignerRow> rows, Instant now) {
		Set<String> signed = this.signatures.signerKeys(letter.id());
		String[] keys = new String[rows.size()];
		List<Integer> newcomers = new ArrayList<>();
		List<OrganizationCandidate> candidates = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			SignerRow row = rows.get(i);
			if (!row.problems().isEmpty()) {
				continue;
			}
			SignatureDetails details = row.details();
			if (details.kind() == SignerKind.INDIVIDUAL) {
				keys[i] = Signatures.personKey(details.email());
				continue;
			}
			OrganizationCandidate candidate = candidate(details);
			Optional<Organization> match = this.organizations.match(candidate);
			if (match.isPresent()) {
				keys[i] = Signatures.organizationKey(match.get().id());
			}
			else {
				newcomers.add(i);
				candidates.add(candidate);
			}
		}
		int[] same = this.organizations.sameAmong(candidates);
		for (int n = 0; n < same.length; n++) {
			int first = n;
			while (same[first] >= 0) {
				first = same[first];
			}
			keys[newcomers.get(n)] = "new:" + first;
		}
		Map<String, Integer> brought = new HashMap<>();
		List<ImportRow> shown = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			SignerRow row = rows.get(i);
			FieldProblems problems = row.problems();
			if (keys[i] != null) {
				Integer earlier = brought.putIfAbsent(keys[i], row.number());
				if (earlier != null) {
					problems.add(ImportRow.DUPLICATE, "letterImport.problem.sameAsRow", earlier);
				}
				else if (signed.contains(keys[i])) {
					problems.add(ImportRow.DUPLICATE, "letterImport.problem.alreadySigned");
				}
			}
			SignatureDetails details = row.details();
			boolean organization = details.kind() == SignerKind.ORGANIZATION;
			shown.add(new ImportRow(row.number(), details.kind(),
					organization ? details.organizationName() : details.name(), organization ? details.name() : null,
					details.email(), details.country(), problems));
		}
		SignatureUpload upload = upload(stored, SignerFile.parse(stored.content(), stored.delimiter()));
		return new ImportPreview(upload, shown, letter.isOpenAt(now));
	}

	private static OrganizationCandidate candidate(SignatureDetails details) {
		return new OrganizationCandidate(details.organizationName(), details.website(), details.city(),
				details.region(), details.country(), details.scopeValue(), details.email());
	}

}
