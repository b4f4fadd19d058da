package org.adelante.letters;

import org.adelante.shared.Conflict;

/**
 * The letter was saved by someone else since the organiser opened it; saving would
 * overwrite their work.
 */
public class LetterChangedElsewhere extends Conflict {

	public LetterChangedElsewhere(long id) {
		super("Letter " + id + " was changed elsewhere");
	}

}
