package org.adelante.letters.web;

import java.util.List;

import org.adelante.letters.Letter;
import org.adelante.letters.Signatory;
import org.adelante.letters.Signature;
import org.adelante.letters.SignerKind;
import org.adelante.letters.Signatures;
import org.adelante.shared.FieldProblems;

/**
 * The organisers' page of one signature: who confirmed it, and what staff may do to it.
 *
 * @param letter the letter
 * @param signature the signature
 * @param name the name in the renaming form (as typed, after a problem)
 * @param others the letter's other organisations' signatures, which it may be merged with
 * @param problems what was wrong with the last form sent
 * @param notice a message key to show at the top, or {@code null}
 */
public record SignatureView(Letter letter, Signature signature, String name, List<Signatory> others,
		FieldProblems problems, String notice) {

	public int nameMax() {
		return Signatures.NAME_MAX;
	}

	/** Whether it is an organisation's, which may be merged with another. */
	public boolean mergeable() {
		return this.signature.kind() == SignerKind.ORGANIZATION && this.signature.organizationId() != null
				&& !this.others.isEmpty();
	}

	public String base() {
		return "/admin/letters/" + this.letter.id() + "/signatures/" + this.signature.id();
	}

	/** The list of the letter's signatures in this one's status. */
	public String listUrl() {
		return "/admin/letters/" + this.letter.id() + "/signatures?status=" + this.signature.status().param();
	}

}
