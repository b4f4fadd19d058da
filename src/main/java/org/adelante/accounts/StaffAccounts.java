package org.adelante.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.adelante.accounts.StaffAccountChanged.Change;
import org.adelante.shared.Emails;
import org.adelante.shared.FieldProblems;
import org.adelante.shared.Text;
import org.adelante.shared.security.Actor;
import org.adelante.shared.security.Role;

import org.springframework.context.ApplicationEventPublisher;
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

	private final StaffRepository staff;

	private final PasswordEncoder passwordEncoder;

	private final PasswordResets passwordResets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffAccounts(StaffRepository staff, PasswordEncoder passwordEncoder, PasswordResets passwordResets,
			ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.passwordEncoder = passwordEncoder;
		this.passwordResets = passwordResets;
		this.events = events;
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
		PasswordRules.check(new FieldProblems(), "newPassword", newPassword).throwIfAny();
		StaffRepository.StaffRow row = this.staff.findById(id).orElseThrow(StaffNotFound::new);
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, row.passwordHash())) {
			return false;
		}
		this.staff.updatePassword(id, this.passwordEncoder.encode(newPassword));
		changed(id, Change.PASSWORD_CHANGED, row.member().email());
		return true;
	}

	/**
	 * Changes a member's display name.
	 * @throws FieldProblems.InvalidInput if the name is blank or too long
	 */
	@Transactional
	public StaffMember rename(long id, String name) {
		StaffMember member = findById(id).orElseThrow(StaffNotFound::new);
		FieldProblems problems = new FieldProblems();
		String newName = checkName(name, problems);
		problems.throwIfAny();
		this.staff.updateName(id, newName);
		changed(id, Change.RENAMED, member.email() + ": " + newName);
		return findById(id).orElseThrow();
	}

	/**
	 * Adds a staff member, who receives an email with a link to set their password.
	 * @param locale the language of the invitation email
	 * @throws FieldProblems.InvalidInput if the name, email or roles are not acceptable
	 * @throws EmailAlreadyUsed if an account has this email
	 */
	@Transactional
	public StaffMember invite(String email, String name, Set<Role> roles, Locale locale) {
		String address = Emails.normalise(email);
		FieldProblems problems = new FieldProblems();
		String newName = checkName(name, problems);
		problems.required("email", address).email("email", address);
		checkRoles(roles, problems);
		problems.throwIfAny();
		if (this.staff.findByEmail(address).isPresent()) {
			throw new EmailAlreadyUsed();
		}
		// Nobody knows this password: the member sets their own through the emailed link.
		String unusable = KeyGenerators.string().generateKey() + KeyGenerators.string().generateKey();
		long id;
		try {
			id = this.staff.insert(address, newName, this.passwordEncoder.encode(unusable), roles,
					this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new EmailAlreadyUsed();
		}
		StaffMember member = findById(id).orElseThrow();
		this.passwordResets.sendInvitation(member, locale);
		changed(id, Change.CREATED, address + ": " + describe(roles));
		return member;
	}

	/** Sends a member a new set-password link, such as when an invitation ran out. */
	@Transactional
	public void resendInvitation(long id, Locale locale) {
		StaffMember member = findById(id).orElseThrow(StaffNotFound::new);
		this.passwordResets.sendInvitation(member, locale);
		changed(id, Change.INVITED, member.email());
	}

	/**
	 * Changes a member's name and roles.
	 * @param actorEmail the admin making the change
	 * @throws FieldProblems.InvalidInput if the name or roles are not acceptable
	 * @throws StaffChangeRefused if an admin would drop their own admin role, or the last
	 * enabled admin would lose it
	 */
	@Transactional
	public StaffMember update(String actorEmail, long id, String name, Set<Role> roles) {
		StaffMember member = findById(id).orElseThrow(StaffNotFound::new);
		FieldProblems problems = new FieldProblems();
		String newName = checkName(name, problems);
		checkRoles(roles, problems);
		problems.throwIfAny();
		if (member.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			if (member.email().equals(normalise(actorEmail))) {
				throw new StaffChangeRefused(StaffChangeRefused.Reason.OWN_ADMIN_ROLE);
			}
			refuseIfLastEnabledAdmin(member);
		}
		this.staff.updateProfile(id, newName, roles, member.enabled());
		changed(id, Change.UPDATED, member.email() + ": " + newName + ", " + describe(roles));
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
		changed(id, enabled ? Change.ENABLED : Change.DISABLED, member.email());
		return findById(id).orElseThrow();
	}

	static String normalise(String email) {
		return Emails.normalise(email);
	}

	private void changed(long id, Change change, String summary) {
		this.events.publishEvent(new StaffAccountChanged(id, change, summary, Actor.current(), this.clock.instant()));
	}

	private void refuseIfLastEnabledAdmin(StaffMember member) {
		List<Long> admins = this.staff.lockEnabledAdmins();
		if (member.enabled() && admins.size() <= 1 && admins.contains(member.id())) {
			throw new StaffChangeRefused(StaffChangeRefused.Reason.LAST_ADMIN);
		}
	}

	/** The name as stored; what is wrong with it goes to the problems. */
	private static String checkName(String name, FieldProblems problems) {
		String cleaned = Text.line(name);
		problems.required("name", cleaned).maxLength("name", cleaned, MAX_NAME_LENGTH);
		return cleaned;
	}

	private static void checkRoles(Set<Role> roles, FieldProblems problems) {
		if (roles.isEmpty()) {
			problems.add("roles", "staffAdmin.error.rolesRequired");
		}
	}

	private static String describe(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
	}

}
