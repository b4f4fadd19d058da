package org.adelante.letters;

import java.time.Duration;
import java.util.List;

import org.adelante.shared.security.FramableRoutes;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The letters module's own settings ({@code adelante.letters.*}).
 *
 * @param confirmationValidity how long a confirmation link works
 * @param confirmationEmailsPerHour the most confirmation emails one address is sent in an
 * hour, across letters and nodes; further requests look the same to the sender and send
 * nothing
 * @param signingBurst how many signatures one client address may send in a row
 * @param signingBurstPeriod the time in which that burst allowance comes back
 * @param signingPerHour how many signatures one client address may send in an hour
 * @param closingSoon how far ahead the dashboard lists letters about to close
 * @param cachedLists how many grouped signatory lists, and how many rendered letter
 * pages, each node keeps in memory
 * @param embedAncestors the sites that may show a letter's embeddable page in a frame:
 * {@code *} (any, the default), {@code 'self'}, or sites such as
 * {@code https://partner.example}, separated by commas or spaces
 */
@ConfigurationProperties("adelante.letters")
public record LettersSettings(Duration confirmationValidity, Integer confirmationEmailsPerHour, Integer signingBurst,
		Duration signingBurstPeriod, Integer signingPerHour, Duration closingSoon, Integer cachedLists,
		List<String> embedAncestors) {

	public LettersSettings {
		confirmationValidity = (confirmationValidity != null) ? confirmationValidity : Duration.ofDays(7);
		confirmationEmailsPerHour = (confirmationEmailsPerHour != null) ? confirmationEmailsPerHour : 3;
		signingBurst = (signingBurst != null) ? signingBurst : 5;
		signingBurstPeriod = (signingBurstPeriod != null) ? signingBurstPeriod : Duration.ofMinutes(1);
		signingPerHour = (signingPerHour != null) ? signingPerHour : 30;
		closingSoon = (closingSoon != null) ? closingSoon : Duration.ofDays(7);
		cachedLists = (cachedLists != null) ? cachedLists : 500;
		try {
			embedAncestors = FramableRoutes
				.sources((embedAncestors != null && !embedAncestors.isEmpty()) ? embedAncestors : List.of("*"));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("adelante.letters.embed-ancestors: " + ex.getMessage(), ex);
		}
		if (confirmationValidity.isNegative() || confirmationValidity.isZero() || confirmationEmailsPerHour < 1
				|| signingBurst < 1 || signingPerHour < 1 || cachedLists < 1) {
			throw new IllegalArgumentException("adelante.letters.* settings must be positive");
		}
	}

}
