package org.adelante.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's entry point: staff members and their passwords.
 */
@Service
public class StaffAccounts {

	private final StaffRepository staff;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	StaffAccounts(StaffRepository staff, PasswordEncoder passwordEncoder, Clock clock) {
		this.staff = staff;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	public boolean hasAnyStaff() {
		return this.staff.count() > 0;
	}

	@Transactional
	public StaffMember create(String email, String name, String password, Set<Role> roles) {
		long id = this.staff.insert(normalise(email), name.strip(), this.passwordEncoder.encode(password), roles,
				this.clock.instant());
		return this.staff.findById(id).orElseThrow().member();
	}

	public Optional<StaffMember> findByEmail(String email) {
		return this.staff.findByEmail(normalise(email)).map(StaffRepository.StaffRow::member);
	}

	public Optional<StaffMember> findById(long id) {
		return this.staff.findById(id).map(StaffRepository.StaffRow::member);
	}

	public List<StaffMember> all() {
		return this.staff.findAll().stream().map(StaffRepository.StaffRow::member).toList();
	}

	static String normalise(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

}
