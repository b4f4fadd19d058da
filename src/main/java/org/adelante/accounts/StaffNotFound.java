package org.adelante.accounts;

import org.adelante.shared.NotFound;

/**
 * There is no staff member with the requested key.
 */
public class StaffNotFound extends NotFound {

	public StaffNotFound() {
		super("staff member");
	}

}
