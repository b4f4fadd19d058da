package org.adelante.accounts.web;

import java.time.Duration;

import org.adelante.shared.web.protection.PublicForm;
import org.adelante.shared.web.protection.RateLimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The accounts module's forms that anyone may send, and how they are defended. Asking for
 * a password reset sends an email, so it is guarded against bots as well as rate limited.
 * Signing in is only rate limited per address (on top of the lock of an account after
 * repeated wrong passwords): password managers fill and send it at once, which a minimum
 * fill time would take for a bot, and a fake success would be noticed at once, because no
 * one is signed in.
 */
@Configuration(proxyBeanMethods = false)
class AccountsPublicForms {

	@Bean
	PublicForm passwordResetForm() {
		return PublicForm.guarded("password-reset", "/password-reset", RateLimit.of(10, Duration.ofHours(1)),
				"/password-reset/sent");
	}

	@Bean
	PublicForm signInForm() {
		return PublicForm.rateLimited("sign-in", "/login", RateLimit.of(20, Duration.ofMinutes(20)));
	}

}
