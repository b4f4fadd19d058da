package org.adelante.shared.web.protection;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.util.function.SingletonSupplier;

/**
 * Puts the public forms' defences in place: the token signer with the installation's key,
 * the in-memory bucket store, and the filter, which joins the security filter chain that
 * the accounts module builds (Spring Security applies every
 * {@code Customizer<HttpSecurity>} bean to it).
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
			FormTokens tokens, ProtectionSettings settings) {
		PublicFormFilter filter = new PublicFormFilter(new PublicForms(forms.orderedStream().toList()),
				new ClientAddresses(settings), new RateLimiter(buckets), tokens);
		// After the CSRF check and the security headers, before sign-in.
		return (http) -> http.addFilterBefore(filter, UsernamePasswordAuthenticationFilter.class);
	}

}
