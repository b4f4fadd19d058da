package org.adelante.letters;

/**
 * A letter with signatures waiting for staff approval.
 *
 * @param letter the letter
 * @param count how many wait
 */
public record AwaitingApproval(Letter letter, long count) {
}
