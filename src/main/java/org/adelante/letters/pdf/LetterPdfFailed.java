package org.adelante.letters.pdf;

/**
 * A letter's PDF could not be made: a fault of the renderer or of its template, never of
 * what a reader asked for.
 */
public class LetterPdfFailed extends RuntimeException {

	LetterPdfFailed(String slug, Throwable cause) {
		super("The PDF of the letter " + slug + " could not be rendered", cause);
	}

}
