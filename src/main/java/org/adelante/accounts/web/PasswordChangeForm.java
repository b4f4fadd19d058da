package org.adelante.accounts.web;

/**
 * The password form on the account page. Passwords are never echoed back into the page.
 *
 * @param currentPassword the password in use
 * @param newPassword the new password
 * @param confirmPassword the new password again
 */
public record PasswordChangeForm(String currentPassword, String newPassword, String confirmPassword) {
}
