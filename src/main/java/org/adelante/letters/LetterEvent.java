package org.adelante.letters;

import org.adelante.shared.Audited;

/**
 * Something that happened to a letter, audited under that letter with its title.
 */
public interface LetterEvent extends Audited {

	/** The letter. */
	long letterId();

	/** Its title when it happened. */
	String title();

	@Override
	default String subjectType() {
		return "letter";
	}

	@Override
	default String subjectId() {
		return String.valueOf(letterId());
	}

	@Override
	default String summary() {
		return title();
	}

}
