package org.adelante.newsroom.media;

import java.nio.file.Path;

/**
 * One stored variant of a media asset, ready to be sent.
 *
 * @param path where the file is
 * @param contentType its content type
 * @param length its size in bytes
 * @param etag a strong entity tag; a variant never changes once written
 */
public record MediaFile(Path path, String contentType, long length, String etag) {
}
