package org.adelante.tips.web;

import org.adelante.shared.FieldProblems;

/**
 * The public tip page.
 *
 * @param form the values in the form
 * @param problems what is wrong with them
 * @param latestRelease the newsroom's latest publication, or {@code null}
 * @param maxLength the longest tip accepted
 */
public record TipFormView(TipForm form, FieldProblems problems, String latestRelease, int maxLength) {
}
