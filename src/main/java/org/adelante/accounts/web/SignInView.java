package org.adelante.accounts.web;

/**
 * What the sign-in page shows.
 *
 * @param failed whether the last attempt failed
 * @param notice a message key to show above the form, or {@code null}
 */
public record SignInView(boolean failed, String notice) {
}
