package org.adelante.letters.pdf;

import java.time.ZoneId;
import java.util.Objects;

import org.adelante.organizations.Logo;
import org.adelante.organizations.Organizations;
import org.adelante.organizations.OwnOrganization;

/**
 * Who sends a letter's PDF: our organisation's name and logo at its top, and the time
 * zone its dates are shown in.
 *
 * @param name our organisation's name
 * @param logo its logo file (PNG, JPEG or WebP), or {@code null} for none
 * @param zone the zone dates are shown in
 */
public record Letterhead(String name, byte[] logo, ZoneId zone) {

	public Letterhead {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(zone, "zone");
	}

	/** Our organisation's letterhead, as the registry has it now. */
	public static Letterhead ours(Organizations organizations) {
		OwnOrganization own = organizations.ownOrganization();
		byte[] logo = own.hasLogo() ? organizations.logo().map(Logo::bytes).orElse(null) : null;
		return new Letterhead(own.name(), logo, own.zone());
	}

}
