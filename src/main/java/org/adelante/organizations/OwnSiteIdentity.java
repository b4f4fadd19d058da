package org.adelante.organizations;

import java.time.ZoneId;
import java.util.Locale;

import org.adelante.shared.web.SiteIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Names the site after our own organisation and shows dates in its time zone. When the
 * database cannot be read, pages (error pages above all) still render with the defaults.
 */
@Component
class OwnSiteIdentity implements SiteIdentity {

	private static final Logger logger = LoggerFactory.getLogger(OwnSiteIdentity.class);

	private final Organizations organizations;

	OwnSiteIdentity(Organizations organizations) {
		this.organizations = organizations;
	}

	@Override
	public String siteName(Locale locale) {
		try {
			return this.organizations.ownOrganization().name();
		}
		catch (DataAccessException ex) {
			logger.debug("Our organisation could not be read; using the default site name", ex);
			return DEFAULT.siteName(locale);
		}
	}

	@Override
	public ZoneId zone() {
		try {
			return this.organizations.ownOrganization().zone();
		}
		catch (DataAccessException ex) {
			logger.debug("Our organisation could not be read; using the default zone", ex);
			return DEFAULT.zone();
		}
	}

}
