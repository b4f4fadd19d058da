package org.adelante.accounts;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords in a row an
 * account is locked for 15 minutes, during which even the right password does not sign
 * in. A successful sign-in starts the count again. The sign-in page says the same thing
 * in every case, so it reveals neither whether an account exists nor whether it is
 * locked.
 */
@Component
class SignInThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private static final Logger logger = LoggerFactory.getLogger(SignInThrottle.class);

	private final StaffRepository staff;

	private final Clock clock;

	SignInThrottle(StaffRepository staff, Clock clock) {
		this.staff = staff;
		this.clock = clock;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String email = StaffAccounts.normalise(event.getAuthentication().getName());
		this.staff.recordFailedLogin(email, MAX_FAILURES, this.clock.instant().plus(LOCK));
		this.staff.findByEmail(email)
			.map(StaffRepository.StaffRow::member)
			.filter((member) -> member.lockedUntil() != null && member.lockedUntil().isAfter(this.clock.instant()))
			.ifPresent((member) -> logger.warn("Staff member {} locked until {} after {} failed sign-ins", member.id(),
					member.lockedUntil(), MAX_FAILURES));
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		this.staff.resetFailedLogins(StaffAccounts.normalise(event.getAuthentication().getName()));
	}

}
