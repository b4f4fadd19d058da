package org.adelante.organizations.web;

import java.time.ZoneId;
import java.util.List;

import org.adelante.organizations.OwnOrganization;
import org.adelante.shared.SafeHtml;

/**
 * What our organisation's settings page shows.
 *
 * @param form the values in the form
 * @param current the saved settings
 * @param errors what is wrong with the submitted values
 * @param saved whether the settings were just saved
 */
public record SettingsView(SettingsForm form, OwnOrganization current, FormErrors errors, boolean saved) {

	/** Every time zone id Java knows, sorted. */
	public static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

	public List<String> zones() {
		return ZONES;
	}

	public boolean selected(String zone) {
		return zone.equals(this.form.timeZone());
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
