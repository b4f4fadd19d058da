package org.adelante.tips.web;

import org.adelante.tips.TipDetails;

/**
 * What the tip form sends, as typed.
 *
 * @param name the sender's name
 * @param email the sender's email address
 * @param text the tip
 */
public record TipForm(String name, String email, String text) {

	static final TipForm EMPTY = new TipForm("", "", "");

	TipDetails details() {
		return new TipDetails(this.name, this.email, this.text);
	}

}
