package org.adelante.organizations;

import org.adelante.shared.NotFound;

/**
 * No sector has the requested key.
 */
public class SectorNotFound extends NotFound {

	SectorNotFound(long id) {
		super("Sector " + id);
	}

}
