package org.adelante.tips;

import java.time.Instant;

/**
 * A tip as stored.
 *
 * @param id its key
 * @param name who sent it
 * @param email where to answer
 * @param text the tip
 * @param receivedAt when it arrived
 */
public record Tip(long id, String name, String email, String text, Instant receivedAt) {
}
