package org.adelante.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Password reset and invitation tokens. Only a token's SHA-256 hash is stored, so the
 * table alone does not let anyone set a password.
 */
@Repository
class PasswordResetTokenRepository {

	private final JdbcClient jdbc;

	PasswordResetTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String tokenHash, long staffId, Instant expiresAt, Instant now) {
		this.jdbc.sql("""
				insert into password_reset_tokens (token_hash, staff_id, expires_at, created_at)
				values (:hash, :staff, :expires, :now)
				""")
			.param("hash", tokenHash)
			.param("staff", staffId)
			.param("expires", Timestamp.from(expiresAt))
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<TokenRow> findByHash(String tokenHash) {
		return this.jdbc.sql("select * from password_reset_tokens where token_hash = :hash")
			.param("hash", tokenHash)
			.query(PasswordResetTokenRepository::row)
			.optional();
	}

	long countIssuedSince(long staffId, Instant since) {
		return this.jdbc
			.sql("select count(*) from password_reset_tokens where staff_id = :staff and created_at > :since")
			.param("staff", staffId)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	/** Marks a token used; returns false if it already was (two tabs, one link). */
	boolean markUsed(long id, Instant now) {
		return this.jdbc.sql("update password_reset_tokens set used_at = :now where id = :id and used_at is null")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Ends every other link of the staff member, so an older email cannot be used later.
	 */
	void invalidateAll(long staffId, Instant now) {
		this.jdbc.sql("update password_reset_tokens set used_at = :now where staff_id = :staff and used_at is null")
			.param("now", Timestamp.from(now))
			.param("staff", staffId)
			.update();
	}

	private static TokenRow row(ResultSet rs, int rowNum) throws SQLException {
		Timestamp used = rs.getTimestamp("used_at");
		return new TokenRow(rs.getLong("id"), rs.getLong("staff_id"), rs.getTimestamp("expires_at").toInstant(),
				(used != null) ? used.toInstant() : null);
	}

	record TokenRow(long id, long staffId, Instant expiresAt, Instant usedAt) {
	}

}
