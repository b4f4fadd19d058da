package org.adelante.organizations.web;

import java.util.List;

import org.adelante.organizations.SectorUse;
import org.adelante.shared.FieldProblems;

/**
 * What the list of sectors shows, with the form to add one.
 *
 * @param sectors every sector with how many organisations are in it
 * @param form the values in the add form
 * @param problems what is wrong with them
 * @param notice the message key of what was just done, or {@code null}
 * @param noticeArgument the name of the sector it was done to, or {@code null}
 */
public record SectorListView(List<SectorUse> sectors, SectorForm form, FieldProblems problems, String notice,
		String noticeArgument) {

}
