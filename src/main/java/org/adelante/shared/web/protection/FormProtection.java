package org.adelante.shared.web.protection;

import java.time.Clock;

import org.adelante.shared.AdelanteSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.util.function.SingletonSupplier;

/**
 * Puts the public forms' defences in place: the token signer with the installation's key,
 * the in-memory bucket store, the check of where unsafe requests come from, and the
 * filter, which join the security filter chain that the accounts module builds (Spring
 * Security applies every {@code Customizer<HttpSecurity>} bean to it). The forms sent
 * without a session need no CSRF token there.
 */
@Configuration(proxyBeanMethods = false)
class FormProtection {

	@Bean
	FormTokens formTokens(FormTokenKeyRepository keys, Clock clock, ProtectionSettings settings) {
		return new FormTokens(SingletonSupplier.of(() -> keys.loadOrCreate(clock.instant())), clock,
				settings.formMinimumFillTime(), settings.formTokenLifetime());
	}

	@Bean
	BucketStore inMemoryBucketStore(Clock clock) {
		return new InMemoryBucketStore(clock, InMemoryBucketStore.DEFAULT_MAXIMUM_BUCKETS);
	}

	@Bean
	Customizer<HttpSecurity> publicFormDefences(ObjectProvider<PublicForm> forms, BucketStore buckets,
			FormTokens tokens, ProtectionSettings protection, AdelanteSettings site) {
		PublicForms declared = new PublicForms(forms.orderedStream().toList());
		PublicFormFilter filter = new PublicFormFilter(declared, new ClientAddresses(protection),
				new RateLimiter(buckets), tokens);
		return (http) -> http.csrf((csrf) -> csrf.ignoringRequestMatchers(declared::submitsSessionless))
			// Before the CSRF token check, so that what browsers report refuses a forged
			// submission before anything else looks at it.
			.addFilterBefore(new CrossOriginCheck(site.baseUrl()), CsrfFilter.class)
			// After the CSRF check and the security headers, before sign-in.
			.addFilterBefore(filter, UsernamePasswordAuthenticationFilter.class);
	}

}
