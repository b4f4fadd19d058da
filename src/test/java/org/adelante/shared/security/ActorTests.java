package org.adelante.shared.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class ActorTests {

	@AfterEach
	void forgetWhoIsSignedIn() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aSignedInStaffMemberIsNamedByTheirEmail() {
		signIn(new TestingAuthenticationToken("ana@example.org", "secret", "ROLE_EDITOR"));

		assertThat(Actor.current()).isEqualTo("ana@example.org");
	}

	@Test
	void withNobodySignedInTheSystemActs() {
		assertThat(Actor.current()).isEqualTo(Actor.SYSTEM).isEqualTo("system");
	}

	@Test
	void anAnonymousVisitorIsNoActor() {
		signIn(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		assertThat(Actor.current()).isEqualTo(Actor.SYSTEM);
	}

	@Test
	void anUnauthenticatedAttemptIsNoActor() {
		TestingAuthenticationToken attempt = new TestingAuthenticationToken("ana@example.org", "wrong");
		attempt.setAuthenticated(false);
		signIn(attempt);

		assertThat(Actor.current()).isEqualTo(Actor.SYSTEM);
	}

	private static void signIn(Authentication authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

}
