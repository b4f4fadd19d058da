package org.adelante.organizations.web;

import org.adelante.organizations.Organization;
import org.adelante.shared.Page;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the organisation list shows.
 *
 * @param query the search text, possibly empty
 * @param page the page of organisations
 */
public record OrganizationListView(String query, Page<Organization> page) {

	/** The address of another page of the same list. */
	public String pageUrl(int number) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/organizations");
		if (!this.query.isBlank()) {
			url.queryParam("q", this.query);
		}
		if (number > 1) {
			url.queryParam("page", number);
		}
		return url.build().encode().toUriString();
	}

}
