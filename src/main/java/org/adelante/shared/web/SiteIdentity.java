package org.adelante.shared.web;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Who runs this site: the name shown in the header and the time zone dates are shown in.
 * The organisations module provides it from our own organisation's record.
 */
public interface SiteIdentity {

	String siteName(Locale locale);

	ZoneId zone();

	/** The default used before any organisation is set up, and in web slice tests. */
	SiteIdentity DEFAULT = new SiteIdentity() {

		@Override
		public String siteName(Locale locale) {
			return "Adelante";
		}

		@Override
		public ZoneId zone() {
			return ZoneId.of("UTC");
		}

	};

}
