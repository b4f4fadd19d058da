package org.adelante.organizations.web;

import java.util.List;

import org.adelante.organizations.Organization;
import org.adelante.shared.FieldProblems;

/**
 * The first page of a merge: the organisation, and the ones it may be merged with (those
 * found by a search, and those that look like duplicates of it).
 *
 * @param organization the organisation whose page it starts from
 * @param query the search text, possibly empty
 * @param found the organisations the search found (without this one)
 * @param similar organisations that look like duplicates of this one
 * @param problems why the organisation chosen cannot be merged with it
 */
public record MergePickView(Organization organization, String query, List<Organization> found,
		List<Organization> similar, FieldProblems problems) {

	/** The address of the confirmation page for merging with the other organisation. */
	public String confirmUrl(Organization other) {
		return "/admin/organizations/" + this.organization.id() + "/merge?other=" + other.id();
	}

}
