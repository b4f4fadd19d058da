package org.adelante.shared;

/**
 * Base of the exceptions that say a request clashes with the current state of a thing
 * (someone else changed it, or it is still in use); the web layer answers them with 409.
 */
public abstract class Conflict extends RuntimeException {

	protected Conflict(String message) {
		super(message);
	}

}
