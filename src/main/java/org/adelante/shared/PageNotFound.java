package org.adelante.shared;

/**
 * A list has no such page: the number is malformed or past the last page.
 */
public class PageNotFound extends NotFound {

	public PageNotFound(String number) {
		super("Page " + Text.truncate(number, 20));
	}

}
