package org.adelante.accounts.web;

import org.adelante.shared.FieldProblems;

/**
 * The "forgot your password" form.
 *
 * @param email the address entered
 * @param problems the form's problems
 */
public record ResetRequestView(String email, FieldProblems problems) {
}
