package org.adelante.newsroom.web;

import org.adelante.newsroom.MediaContact;

/**
 * The page that asks before a media contact is deleted.
 *
 * @param contact the contact
 * @param inUse whether posts name it, so it cannot be deleted
 */
public record ContactDeleteView(MediaContact contact, boolean inUse) {
}
