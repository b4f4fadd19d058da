package org.adelante.accounts.web;

/**
 * A new password and its confirmation, posted through an emailed link.
 *
 * @param newPassword the new password
 * @param confirmPassword the new password again
 */
public record NewPasswordForm(String newPassword, String confirmPassword) {
}
