package org.adelante.accounts.web;

import org.adelante.shared.FieldProblems;

/**
 * The form that sets a password through an emailed link.
 *
 * @param token the link's token, posted back with the form
 * @param problems the form's problems
 */
public record NewPasswordView(String token, FieldProblems problems) {
}
