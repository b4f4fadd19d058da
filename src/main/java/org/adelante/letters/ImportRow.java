package org.adelante.letters;

import org.adelante.shared.FieldProblems;

/**
 * A row of a file of signers as the import preview shows it.
 *
 * @param number its row number in the file, the column names' row being 1
 * @param kind an organisation's signature or a person's
 * @param name the organisation's name, or the person's
 * @param signerName the name of the person who signed for the organisation, or
 * {@code null}
 * @param email the signer's email
 * @param country the country code, or {@code null}
 * @param problems what keeps it from being imported, by field: the signing form's fields
 * ({@code organizationName}, {@code email}…), {@code kind}, {@code signedAt},
 * {@code language}, or {@code duplicate} for a signer that signed already or that an
 * earlier row brings
 */
public record ImportRow(int number, SignerKind kind, String name, String signerName, String email, String country,
		FieldProblems problems) {

	/** The field of the problem of a signer that signed already or comes twice. */
	public static final String DUPLICATE = "duplicate";

	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

}
