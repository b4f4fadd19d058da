package org.adelante.newsroom;

/**
 * A media contact named on posts cannot be deleted; those posts would lose it.
 */
public class ContactInUse extends RuntimeException {

	public ContactInUse(long id) {
		super("Media contact " + id + " is named on posts");
	}

}
