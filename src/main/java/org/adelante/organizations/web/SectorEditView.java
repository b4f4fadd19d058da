package org.adelante.organizations.web;

import org.adelante.organizations.SectorUse;
import org.adelante.shared.FieldProblems;

/**
 * What the page of one sector shows: the form to rename it and the button to delete it.
 *
 * @param sector the sector as saved, with how many organisations are in it
 * @param form the values in the rename form
 * @param problems what is wrong with them
 * @param saved whether the sector was just renamed
 */
public record SectorEditView(SectorUse sector, SectorForm form, FieldProblems problems, boolean saved) {

}
