package org.adelante.newsroom;

import org.adelante.shared.Conflict;

/**
 * A media contact named on posts cannot be deleted; those posts would lose it.
 */
public class ContactInUse extends Conflict {

	public ContactInUse(long id) {
		super("Media contact " + id + " is named on posts");
	}

}
