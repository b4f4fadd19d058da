package org.adelante.accounts.web;

/**
 * The form that sets a password through an emailed link.
 *
 * @param token the link's token, posted back with the form
 * @param errors the form's problems
 */
public record NewPasswordView(String token, FormErrors errors) {
}
