package org.adelante.letters;

import org.adelante.shared.NotFound;

/**
 * There is no such letter, or it is not public.
 */
public class LetterNotFound extends NotFound {

	public LetterNotFound(Object key) {
		super("Letter " + key);
	}

}
