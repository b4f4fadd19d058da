package org.adelante.shared.web.protection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How public forms are defended ({@code ADELANTE_WEB_*}).
 *
 * @param clientAddressHeader the request header a reverse proxy puts the client's address
 * in, such as {@code X-Forwarded-For}; the right-most address in it (the one the nearest
 * proxy added) is used. Leave it empty when requests reach Adelante directly, because
 * clients can send any header they like.
 * @param formMinimumFillTime how long a person takes at least between seeing a public
 * form and sending it; faster submissions are treated as automated
 * @param formTokenLifetime how long a shown form may be sent; older ones are treated as
 * automated
 */
@ConfigurationProperties("adelante.web")
public record ProtectionSettings(String clientAddressHeader, Duration formMinimumFillTime, Duration formTokenLifetime) {

	public ProtectionSettings {
		clientAddressHeader = (clientAddressHeader != null && !clientAddressHeader.isBlank())
				? clientAddressHeader.strip() : null;
		formMinimumFillTime = (formMinimumFillTime != null) ? formMinimumFillTime : Duration.ofSeconds(3);
		formTokenLifetime = (formTokenLifetime != null) ? formTokenLifetime : Duration.ofDays(1);
		if (formMinimumFillTime.isNegative() || formTokenLifetime.compareTo(formMinimumFillTime) <= 0) {
			throw new IllegalArgumentException(
					"adelante.web.form-minimum-fill-time may not be negative, and form-token-lifetime must be longer");
		}
	}

}
