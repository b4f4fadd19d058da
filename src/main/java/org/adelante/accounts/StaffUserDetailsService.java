package org.adelante.accounts;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads staff for sign-in. An account locked after repeated failures stays locked until
 * its lock ends.
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final StaffRepository staff;

	private final Clock clock;

	StaffUserDetailsService(StaffRepository staff, Clock clock) {
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		StaffRepository.StaffRow row = this.staff.findByEmail(StaffAccounts.normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("unknown staff member"));
		StaffMember member = row.member();
		boolean locked = member.lockedUntil() != null && member.lockedUntil().isAfter(this.clock.instant());
		return User.withUsername(member.email())
			.password(row.passwordHash())
			.authorities(
					member.roles().stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList())
			.disabled(!member.enabled())
			.accountLocked(locked)
			.build();
	}

}
