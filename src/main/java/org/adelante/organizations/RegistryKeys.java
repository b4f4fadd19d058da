package org.adelante.organizations;

import org.adelante.shared.FirstStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Before the first request, makes again the keys of organisations whose keys were made by
 * older rules (after an upgrade that changed them), so that matching never misses an
 * organisation because of how it used to be keyed.
 */
@Component
class RegistryKeys implements FirstStart {

	private static final Logger logger = LoggerFactory.getLogger(RegistryKeys.class);

	private final Organizations organizations;

	RegistryKeys(Organizations organizations) {
		this.organizations = organizations;
	}

	@Override
	public void prepare() {
		int renewed = this.organizations.renewOldKeys();
		if (renewed > 0) {
			logger.info("Adelante made the registry keys of {} organisations again", renewed);
		}
	}

}
