package org.adelante.accounts.web;

/**
 * The display-name form on the account page.
 *
 * @param name the new display name
 */
public record NameForm(String name) {
}
