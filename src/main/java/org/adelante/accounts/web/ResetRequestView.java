package org.adelante.accounts.web;

/**
 * The "forgot your password" form.
 *
 * @param email the address entered
 * @param errors the form's problems
 */
public record ResetRequestView(String email, FormErrors errors) {
}
