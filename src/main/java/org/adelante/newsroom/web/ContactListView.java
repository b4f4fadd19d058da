package org.adelante.newsroom.web;

import java.util.List;

import org.adelante.newsroom.MediaContact;

/**
 * The list of media contacts.
 *
 * @param contacts every contact, by name
 * @param notice a message key to show above the list, or {@code null}
 * @param noticeArgument the notice's argument, such as the contact's name
 */
public record ContactListView(List<MediaContact> contacts, String notice, String noticeArgument) {
}
