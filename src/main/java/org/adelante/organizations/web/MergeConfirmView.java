package org.adelante.organizations.web;

import java.util.List;

import org.adelante.organizations.Organization;
import org.adelante.shared.FieldProblems;

/**
 * The confirmation page of a merge: both organisations side by side, and the choice of
 * which one to keep.
 *
 * @param organization the organisation whose page it starts from
 * @param other the organisation to merge with it
 * @param keep the key of the one chosen to keep
 * @param problems what is wrong with the choice
 */
public record MergeConfirmView(Organization organization, Organization other, String keep, FieldProblems problems) {

	/** Both organisations, this one first. */
	public List<Organization> both() {
		return List.of(this.organization, this.other);
	}

}
