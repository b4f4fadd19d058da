package org.adelante.newsroom.media.web;

import org.adelante.newsroom.media.MediaAsset;

/**
 * What the admin page of one media asset shows.
 *
 * @param asset the asset
 * @param justUploaded whether the editor arrived here right after uploading it
 */
public record MediaAssetPage(MediaAsset asset, boolean justUploaded) {
}
