package org.adelante.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.adelante.shared.security.Role;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's entry point: staff members, their passwords and roles. The site
 * always keeps at least one enabled admin, and admins cannot lock themselves out.
 */
@Service
public class StaffAccounts {

	/** Longest display name. */
	public static final int MAX_NAME_LENGTH = 120;

	/** Longest email address (RFC 5321). */
	public static final int MAX_EMAIL_LENGTH = 254;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final StaffRepository staff;

	private final PasswordEncoder passwordEncoder;

	private final PasswordResets passwordResets;

	private final AuditLog audit;

	private final Clock clock;

	StaffAccounts(StaffRepository staff, PasswordEncoder passwordEncoder, PasswordResets passwordResets, AuditLog audit,
			Clock clock) {
		this.staff = staff;
		this.passwordEncoder = passwordEncoder;
		this.passwordResets = passwordResets;
		this.audit = audit;
		this.clock = clock;
	}

	public boolean hasAnyStaff() {
		return this.staff.count() > 0;
	}

	/** Creates an account with a known password (the first admin, tests, imports). */
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

	/**
	 * Changes a member's own password after checking the current one.
	 * @return whether the current password was right (and the password changed)
	 */
	@Transactional
	public boolean changePassword(long id, String currentPassword, String newPassword) {
		PasswordRules.check(newPassword);
		StaffRepository.StaffRow row = this.staff.findById(id).orElseThrow(StaffNotFound::new);
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, row.passwordHash())) {
			return false;
		}
		this.staff.updatePassword(id, this.passwordEncoder.encode(newPassword));
		this.audit.record("staff.password_changed", "staff", id, row.member().email());
		return true;
	}

	/** Changes a member's display name. */
	@Transactional
	public StaffMember rename(long id, String name) {
		StaffMember member = findById(id).orElseThrow(StaffNotFound::new);
		String newName = checkName(name);
		this.staff.updateName(id, newName);
		this.audit.record("staff.renamed", "staff", id, member.email() + ": " + newName);
		return findById(id).orElseThrow();
	}

	/**
	 * Adds a staff member, who receives an email with a link to set their password.
	 * @param locale the language of the invitation email
	 * @throws EmailAlreadyUsed if an account has this email
	 */
	@Transactional
	public StaffMember invite(String email, String name, Set<Role> roles, Locale locale) {
		String address = normalise(email);
		if (!isValidEmail(address)) {
			throw new IllegalArgumentException("Not an email address");
		}
		if (this.staff.findByEmail(address).isPresent()) {
			throw new EmailAlreadyUsed();
		}
		// Nobody knows this password: the member sets their own through the emailed link.
		String unusable = KeyGenerators.string().generateKey() + KeyGenerators.string().generateKey();
		long id;
		try {
			id = this.staff.insert(address, checkName(name), this.passwordEncoder.encode(unusable), roles,
					this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new EmailAlreadyUsed();
		}
		StaffMember member = findById(id).orElseThrow();
		this.passwordResets.sendInvitation(member, locale);
		this.audit.record("staff.created", "staff", id, address + ": " + describe(roles));
		return member;
	}

	/** Sends a member a new set-password link, such as when an invitation ran out. */
	@Transactional
	public void resendInvitation(long id, Locale locale) {
		StaffMember member = findById(id).orElseThrow(StaffNotFound::new);
		this.passwordResets.sendInvitation(member, locale);
		this.audit.record("staff.invited", "staff", id, member.email());
	}

	/**
	 * Changes a member's name and roles.
	 * @param actorEmail the admin making the change
	 * @throws StaffChangeRefused if an admin would drop their own admin role, or the last
	 * enabled admin would lose it
	 */
	@Transactional
	public StaffMember update(String actorEmail, long id, String name, Set<Role> roles) {
		StaffMember member = findById(id).orElseThrow(StaffNotFound::new);
		String newName = checkName(name);
		if (member.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			if (member.email().equals(normalise(actorEmail))) {
				throw new StaffChangeRefused(StaffChangeRefused.Reason.OWN_ADMIN_ROLE);
			}
			refuseIfLastEnabledAdmin(member);
		}
		this.staff.updateProfile(id, newName, roles, member.enabled());
		this.audit.record("staff.updated", "staff", id, member.email() + ": " + newName + ", " + describe(roles));
		return findById(id).orElseThrow();
	}

	/**
	 * Lets a member sign in again, or stops them from signing in.
	 * @throws StaffChangeRefused if an admin would disable themselves or the last enabled
	 * admin
	 */
	@Transactional
	public StaffMember setEnabled(String actorEmail, long id, boolean enabled) {
		StaffMember member = findById(id).orElseThrow(StaffNotFound::new);
		if (member.enabled() == enabled) {
			return member;
		}
		if (!enabled) {
			if (member.email().equals(normalise(actorEmail))) {
				throw new StaffChangeRefused(StaffChangeRefused.Reason.OWN_ACCOUNT);
			}
			if (member.roles().contains(Role.ADMIN)) {
				refuseIfLastEnabledAdmin(member);
			}
		}
		this.staff.updateEnabled(id, enabled);
		this.audit.record(enabled ? "staff.enabled" : "staff.disabled", "staff", id, member.email());
		return findById(id).orElseThrow();
	}

	public static boolean isValidEmail(String email) {
		return email != null && email.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(email).matches();
	}

	static String normalise(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	private void refuseIfLastEnabledAdmin(StaffMember member) {
		List<Long> admins = this.staff.lockEnabledAdmins();
		if (member.enabled() && admins.size() <= 1 && admins.contains(member.id())) {
			throw new StaffChangeRefused(StaffChangeRefused.Reason.LAST_ADMIN);
		}
	}

	private static String checkName(String name) {
		String stripped = (name != null) ? CONTROL.matcher(name).replaceAll(" ").strip() : "";
		if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("A name needs 1 to " + MAX_NAME_LENGTH + " characters");
		}
		return stripped;
	}

	private static String describe(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
	}

}
