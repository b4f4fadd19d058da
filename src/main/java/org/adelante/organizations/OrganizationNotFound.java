package org.adelante.organizations;

import org.adelante.shared.NotFound;

/**
 * No organisation has the requested key.
 */
public class OrganizationNotFound extends NotFound {

	OrganizationNotFound(long id) {
		super("Organization " + id);
	}

}
