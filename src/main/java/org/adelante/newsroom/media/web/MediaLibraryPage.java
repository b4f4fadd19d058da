package org.adelante.newsroom.media.web;

import java.util.List;

import org.adelante.newsroom.media.MediaAsset;
import org.adelante.shared.FieldProblems;

/**
 * What the admin media library page shows: the upload form and the latest uploads.
 *
 * @param assets the most recent uploads, newest first
 * @param problems what was wrong with the last upload
 */
public record MediaLibraryPage(List<MediaAsset> assets, FieldProblems problems) {

}
