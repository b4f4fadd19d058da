package org.adelante.organizations;

import java.time.ZoneId;
import java.util.Locale;

import org.adelante.shared.web.SiteIdentity;

import org.springframework.stereotype.Component;

/**
 * Names the site after our own organisation and shows dates in its time zone.
 */
@Component
class OwnSiteIdentity implements SiteIdentity {

	private final Organizations organizations;

	OwnSiteIdentity(Organizations organizations) {
		this.organizations = organizations;
	}

	@Override
	public String siteName(Locale locale) {
		return this.organizations.ownOrganization().name();
	}

	@Override
	public ZoneId zone() {
		return this.organizations.ownOrganization().zone();
	}

}
