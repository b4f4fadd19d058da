package org.adelante.shared;

/**
 * Base of the exceptions that say a requested thing does not exist (or is not public);
 * the web layer answers them with the 404 page.
 */
public abstract class NotFound extends RuntimeException {

	protected NotFound(String what) {
		super(what + " not found");
	}

}
