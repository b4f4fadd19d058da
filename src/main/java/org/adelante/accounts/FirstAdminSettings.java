package org.adelante.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a fresh install ({@code ADELANTE_ADMIN_EMAIL},
 * {@code ADELANTE_ADMIN_PASSWORD}).
 *
 * @param email the sign-in email
 * @param password the password, or blank to have one generated and printed once
 */
@ConfigurationProperties("adelante.admin")
record FirstAdminSettings(String email, String password) {

	FirstAdminSettings {
		email = (email != null && !email.isBlank()) ? email : "admin@adelante.local";
		password = (password != null) ? password : "";
	}

}
