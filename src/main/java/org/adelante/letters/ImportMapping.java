package org.adelante.letters;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.adelante.shared.FieldProblems;
import org.adelante.shared.SecretTokens;

/**
 * What each column of a file of signers holds, column by column; remembered for the next
 * file with the same column names, whatever the letter.
 *
 * @param fields the field of each column, in order
 */
record ImportMapping(List<ImportField> fields) {

	/** The problem of a mapping with no column for the email. */
	static final String EMAIL_PROBLEM = "mapping-email";

	/** The problem of a mapping with no column for a name. */
	static final String NAME_PROBLEM = "mapping-name";

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	ImportMapping {
		fields = List.copyOf(fields);
	}

	/**
	 * A column name as names are compared: lower case, without accents, with anything but
	 * letters and digits (underscores and brackets included) made one space.
	 */
	static String normalise(String header) {
		if (header == null) {
			return "";
		}
		String plain = MARKS.matcher(Normalizer.normalize(header, Normalizer.Form.NFD)).replaceAll("");
		return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

	/**
	 * What files with these column names are known by: the hash of the normalised names,
	 * sorted, so that the same columns in another order are the same file.
	 */
	static String headerKey(List<String> headers) {
		List<String> names = new ArrayList<>(headers.stream().map(ImportMapping::normalise).toList());
		names.sort(null);
		return SecretTokens.sha256("signer-file-columns:" + String.join("\n", names));
	}

	/** The fields guessed from the column names. */
	static ImportMapping guessed(List<String> headers) {
		List<ImportField> fields = new ArrayList<>();
		Map<ImportField, Boolean> taken = new EnumMap<>(ImportField.class);
		for (String header : headers) {
			ImportField field = ImportField.guess(header);
			if (field != ImportField.IGNORE && taken.putIfAbsent(field, true) != null) {
				field = ImportField.IGNORE;
			}
			fields.add(field);
		}
		return new ImportMapping(fields);
	}

	/**
	 * The mapping remembered for columns with these names (as {@link #remembered} wrote
	 * it), guessing any column it does not name.
	 */
	static ImportMapping fromRemembered(String stored, List<String> headers) {
		Map<String, ImportField> byName = new HashMap<>();
		for (String line : stored.split("\n")) {
			int tab = line.lastIndexOf('\t');
			ImportField field = (tab > 0) ? ImportField.stored(line.substring(tab + 1)) : null;
			if (field != null) {
				byName.put(line.substring(0, tab), field);
			}
		}
		ImportMapping guessed = guessed(headers);
		List<ImportField> fields = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			fields.add(byName.getOrDefault(normalise(headers.get(i)), guessed.fields().get(i)));
		}
		return new ImportMapping(fields);
	}

	/** The mapping as it is remembered: a normalised column name and a field per line. */
	String remembered(List<String> headers) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < headers.size(); i++) {
			String name = normalise(headers.get(i));
			if (!name.isEmpty()) {
				text.append(name).append('\t').append(this.fields.get(i).name()).append('\n');
			}
		}
		return text.toString();
	}

	/** The mapping as an import keeps it: a field per column, per line. */
	String stored() {
		return String.join("\n", this.fields.stream().map(ImportField::name).toList());
	}

	/** The mapping an import kept, or {@code null} if it does not fit the columns. */
	static ImportMapping fromStored(String stored, int columns) {
		if (stored == null) {
			return null;
		}
		List<ImportField> fields = new ArrayList<>();
		for (String line : stored.split("\n")) {
			ImportField field = ImportField.stored(line);
			if (field == null) {
				return null;
			}
			fields.add(field);
		}
		return (fields.size() == columns) ? new ImportMapping(fields) : null;
	}

	/**
	 * The fields chosen in a form, one value per column; a missing or unknown value is a
	 * problem on its column's field, {@code column-<n>} from 1.
	 */
	static ImportMapping chosen(List<String> values, int columns, FieldProblems problems) {
		List<ImportField> fields = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			ImportField field = (i < values.size()) ? ImportField.fromParam(values.get(i)) : null;
			if (field == null) {
				problems.add(columnField(i), "validation.choose");
				field = ImportField.IGNORE;
			}
			fields.add(field);
		}
		return new ImportMapping(fields);
	}

	/**
	 * What is wrong with the mapping: a field chosen for two columns, no column for the
	 * email, or none for a name.
	 */
	FieldProblems problems() {
		FieldProblems problems = new FieldProblems();
		Map<ImportField, Integer> first = new EnumMap<>(ImportField.class);
		for (int i = 0; i < this.fields.size(); i++) {
			ImportField field = this.fields.get(i);
			Integer earlier = (field != ImportField.IGNORE) ? first.putIfAbsent(field, i) : null;
			if (earlier != null) {
				problems.add(columnField(i), "letterImport.mapping.twice", earlier + 1);
			}
		}
		if (!first.containsKey(ImportField.EMAIL)) {
			problems.add(EMAIL_PROBLEM, "letterImport.mapping.email");
		}
		if (!first.containsKey(ImportField.NAME) && !first.containsKey(ImportField.ORGANIZATION_NAME)
				&& !first.containsKey(ImportField.SIGNER_NAME)) {
			problems.add(NAME_PROBLEM, "letterImport.mapping.name");
		}
		return problems;
	}

	/** The column of the field, or -1 if no column holds it. */
	int column(ImportField field) {
		return this.fields.indexOf(field);
	}

	/** The form field of a column: {@code column-1} for the first. */
	static String columnField(int column) {
		return "column-" + (column + 1);
	}

}
