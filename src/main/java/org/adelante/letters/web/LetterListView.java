package org.adelante.letters.web;

import java.time.Instant;

import org.adelante.letters.Letter;
import org.adelante.letters.LetterStatus;
import org.adelante.shared.Page;

/**
 * The organisers' list of letters.
 *
 * @param page one page of letters, most recently changed first
 * @param now the time, for each letter's status
 * @param notice a message key to show above the list, or {@code null}
 */
public record LetterListView(Page<Letter> page, Instant now, String notice) {

	public LetterStatus statusOf(Letter letter) {
		return letter.statusAt(this.now);
	}

	public String pageUrl(int number) {
		return "/admin/letters?page=" + number;
	}

}
