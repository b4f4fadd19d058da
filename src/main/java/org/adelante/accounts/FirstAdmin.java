package org.adelante.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

import org.adelante.shared.FirstStart;
import org.adelante.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator on a fresh install, from {@code ADELANTE_ADMIN_EMAIL}
 * and {@code ADELANTE_ADMIN_PASSWORD}, or with a generated password printed once in the
 * log. It exists before the server answers its first request, so signing in works from
 * the first moment.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdmin implements FirstStart {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdmin.class);

	private final StaffAccounts accounts;

	private final FirstAdminSettings settings;

	FirstAdmin(StaffAccounts accounts, FirstAdminSettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void prepare() {
		if (this.accounts.hasAnyStaff()) {
			return;
		}
		String email = this.settings.email();
		String password = this.settings.password();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			password = generatePassword();
		}
		try {
			this.accounts.create(email, "Administrator", password, EnumSet.of(Role.ADMIN));
		}
		catch (DuplicateKeyException ex) {
			logger.info("Another node starting at the same time created the first administrator {}", email);
			return;
		}
		if (generated) {
			logger.warn("""

					  Adelante created the first administrator.
					    email:    {}
					    password: {}
					  This password is shown only once: sign in at /login and change it.
					""", email, password);
		}
		else {
			logger.info("Adelante created the first administrator {}", email);
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
