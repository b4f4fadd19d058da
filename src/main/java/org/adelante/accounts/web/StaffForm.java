package org.adelante.accounts.web;

import java.util.List;

/**
 * The add and edit staff forms. The email is only read when adding, the language only
 * chooses the invitation email's language.
 *
 * @param name the display name
 * @param email the sign-in email
 * @param roles the checked role names
 * @param language the invitation's language code
 */
public record StaffForm(String name, String email, List<String> roles, String language) {
}
