package org.adelante.organizations.web;

import java.time.ZoneId;
import java.util.List;

import org.adelante.organizations.OwnOrganization;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.SafeHtml;
import org.adelante.shared.web.FormOption;

/**
 * What our organisation's settings page shows.
 *
 * @param form the values in the form
 * @param current the saved settings
 * @param problems what is wrong with the submitted values
 * @param saved whether the settings were just saved
 */
public record SettingsView(SettingsForm form, OwnOrganization current, FieldProblems problems, boolean saved) {

	/** Every time zone id Java knows, sorted. */
	private static final List<FormOption> ZONE_OPTIONS = ZoneId.getAvailableZoneIds()
		.stream()
		.sorted()
		.map((zone) -> FormOption.of(zone, zone))
		.toList();

	/** Every time zone as the choices of the time zone field. */
	public List<FormOption> zoneOptions() {
		return ZONE_OPTIONS;
	}

	/** The saved English boilerplate as safe HTML. */
	public String boilerplateEnHtml() {
		return SafeHtml.markdown(this.current.boilerplateEn());
	}

	/** The saved Spanish boilerplate as safe HTML. */
	public String boilerplateEsHtml() {
		return SafeHtml.markdown(this.current.boilerplateEs());
	}

}
