package org.adelante.letters;

/**
 * A signature was sent or confirmed for a letter that does not take signatures now: it
 * closed (or has not opened). The web layer answers with a page that says so.
 */
public class LetterNotOpen extends RuntimeException {

	private final transient Letter letter;

	public LetterNotOpen(Letter letter) {
		super("Letter " + letter.id() + " does not take signatures");
		this.letter = letter;
	}

	public Letter letter() {
		return this.letter;
	}

}
