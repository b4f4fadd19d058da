package org.adelante.organizations;

/**
 * A logo image: our own organisation's or a registered organisation's.
 *
 * @param contentType {@code image/png}, {@code image/jpeg} or {@code image/webp}
 * @param bytes the image file
 * @param hash a SHA-256 hex digest of the bytes, usable as an entity tag
 */
public record Logo(String contentType, byte[] bytes, String hash) {

}
