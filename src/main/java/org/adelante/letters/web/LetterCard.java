package org.adelante.letters.web;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterStatus;
import org.adelante.letters.SignatureCount;

/**
 * A letter in the public list of letters.
 *
 * @param letter the letter
 * @param language the language its title is shown in
 * @param title its title in that language
 * @param status its status now
 * @param count how its main count is worded
 */
public record LetterCard(Letter letter, String language, String title, LetterStatus status, SignatureCount count) {

	public boolean isOpen() {
		return this.status == LetterStatus.OPEN;
	}

}
