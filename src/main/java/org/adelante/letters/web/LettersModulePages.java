package org.adelante.letters.web;

import java.time.Duration;

import org.adelante.letters.LettersSettings;
import org.adelante.shared.security.FramableRoutes;
import org.adelante.shared.security.Role;
import org.adelante.shared.security.StaffRoutes;
import org.adelante.shared.web.AdminLink;
import org.adelante.shared.web.SiteLink;
import org.adelante.shared.web.protection.PublicForm;
import org.adelante.shared.web.protection.RateLimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Everything the letters module tells the rest of the application about its pages:
 * readers find letters in the site's navigation, organisers run them, the admin
 * navigation lists them, and the public signing form is guarded against bots and rate
 * limited per address with a short burst and a sustained hourly allowance (its embeddable
 * copy counts against the same allowance); the links from signers' emails are rate
 * limited too. A letter's embeddable pages are the only ones other sites may frame, and
 * only the sites {@code adelante.letters.embed-ancestors} names.
 */
@Configuration(proxyBeanMethods = false)
class LettersModulePages {

	/** How often one address may follow confirmation and withdrawal links in a minute. */
	static final int LINKS_PER_MINUTE = 20;

	@Bean
	StaffRoutes lettersRoutes() {
		return StaffRoutes.forRole(Role.ORGANISER, "/admin/letters", "/admin/letters/**");
	}

	@Bean
	SiteLink lettersSiteLink() {
		return SiteLink.of(200, "/letters", "nav.letters");
	}

	@Bean
	AdminLink lettersLink() {
		return AdminLink.of("letters", 200, "/admin/letters", "admin.nav.letters", Role.ORGANISER);
	}

	@Bean
	PublicForm signingForm(LettersSettings settings) {
		return PublicForm
			.guarded("letter-signing", "/letters/{slug}/sign",
					RateLimit.of(settings.signingBurst(), settings.signingBurstPeriod())
						.and(settings.signingPerHour(), Duration.ofHours(1)),
					"/letters/{slug}/check-email")
			.withoutSession()
			.alsoAt(LetterEmbedController.SIGN, LetterEmbedController.CHECK_EMAIL);
	}

	@Bean
	FramableRoutes embeddableLetterPages(LettersSettings settings) {
		return FramableRoutes.by(settings.embedAncestors(), LetterEmbedController.EMBED,
				LetterEmbedController.EMBED + "/**");
	}

	@Bean
	PublicForm signatureConfirmation() {
		return PublicForm
			.rateLimited("signature-confirmation", "/signatures/confirm/{token}",
					RateLimit.of(LINKS_PER_MINUTE, Duration.ofMinutes(1)))
			.withoutSession();
	}

	@Bean
	PublicForm signatureWithdrawal() {
		return PublicForm
			.rateLimited("signature-withdrawal", "/signatures/withdraw/{token}",
					RateLimit.of(LINKS_PER_MINUTE, Duration.ofMinutes(1)))
			.withoutSession();
	}

}
