package org.adelante.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.adelante.shared.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Staff rows. Emails are stored lower case so sign-in ignores case.
 */
@Repository
class StaffRepository {

	private final JdbcClient jdbc;

	StaffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return this.jdbc.sql("select count(*) from staff").query(Long.class).single();
	}

	long insert(String email, String name, String passwordHash, Set<Role> roles, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into staff (email, name, password_hash, roles, enabled, failed_logins, created_at)
				values (:email, :name, :hash, :roles, true, 0, :now)
				""")
			.param("email", email)
			.param("name", name)
			.param("hash", passwordHash)
			.param("roles", encode(roles))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<StaffRow> findByEmail(String email) {
		return this.jdbc.sql("select * from staff where email = :email")
			.param("email", email)
			.query(StaffRepository::row)
			.optional();
	}

	Optional<StaffRow> findById(long id) {
		return this.jdbc.sql("select * from staff where id = :id")
			.param("id", id)
			.query(StaffRepository::row)
			.optional();
	}

	List<StaffRow> findAll() {
		return this.jdbc.sql("select * from staff order by name, email").query(StaffRepository::row).list();
	}

	void updatePassword(long id, String passwordHash) {
		this.jdbc.sql("update staff set password_hash = :hash, failed_logins = 0, locked_until = null where id = :id")
			.param("hash", passwordHash)
			.param("id", id)
			.update();
	}

	void updateProfile(long id, String name, Set<Role> roles, boolean enabled) {
		this.jdbc.sql("update staff set name = :name, roles = :roles, enabled = :enabled where id = :id")
			.param("name", name)
			.param("roles", encode(roles))
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	/**
	 * Counts a failed sign-in; the one that reaches the limit locks the account and
	 * starts the count again, so after the lock ends another full series of failures is
	 * needed.
	 */
	void recordFailedLogin(String email, int limit, Instant lockUntil) {
		this.jdbc.sql("""
				update staff set
				  failed_logins = case when failed_logins + 1 >= :limit then 0 else failed_logins + 1 end,
				  locked_until = case when failed_logins + 1 >= :limit then :lockUntil else locked_until end
				where email = :email
				""").param("limit", limit).param("lockUntil", Timestamp.from(lockUntil)).param("email", email).update();
	}

	void updateName(long id, String name) {
		this.jdbc.sql("update staff set name = :name where id = :id").param("name", name).param("id", id).update();
	}

	void updateEnabled(long id, boolean enabled) {
		this.jdbc.sql("update staff set enabled = :enabled where id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	/**
	 * The keys of the enabled admins, with their rows locked until the transaction ends
	 * so two admins cannot both remove the last other admin at the same moment.
	 */
	List<Long> lockEnabledAdmins() {
		return this.jdbc.sql("select id from staff where enabled = true and roles like :admin order by id for update")
			.param("admin", "%" + Role.ADMIN.name() + "%")
			.query(Long.class)
			.list();
	}

	void resetFailedLogins(String email) {
		this.jdbc.sql("update staff set failed_logins = 0, locked_until = null where email = :email")
			.param("email", email)
			.update();
	}

	static String encode(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	static Set<Role> decode(String roles) {
		Set<Role> decoded = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).filter((r) -> !r.isBlank()).map(Role::valueOf).forEach(decoded::add);
		return decoded;
	}

	private static StaffRow row(ResultSet rs, int rowNum) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		return new StaffRow(
				new StaffMember(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
						decode(rs.getString("roles")), rs.getBoolean("enabled"),
						(locked != null) ? locked.toInstant() : null, rs.getTimestamp("created_at").toInstant()),
				rs.getString("password_hash"), rs.getInt("failed_logins"));
	}

	/** A staff row with the fields that stay inside this module. */
	record StaffRow(StaffMember member, String passwordHash, int failedLogins) {
	}

}
