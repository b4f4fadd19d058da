package org.adelante.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.adelante.letters.LetterRepository.instant;

/**
 * Files of signers kept between the steps of their import, and the mappings remembered
 * for column names.
 */
@Repository
class SignatureImportRepository {

	private final JdbcClient jdbc;

	SignatureImportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String token, long letterId, String fileName, SignerFile file, String actor, Instant expiresAt,
			Instant now) {
		this.jdbc.sql("""
				insert into signature_imports (token, letter_id, file_name, content, delimiter, created_by,
				  expires_at, created_at)
				values (:token, :letter, :fileName, :content, :delimiter, :actor, :expires, :now)
				""")
			.param("token", token)
			.param("letter", letterId)
			.param("fileName", fileName)
			.param("content", file.text())
			.param("delimiter", String.valueOf(file.delimiter()))
			.param("actor", actor)
			.param("expires", Timestamp.from(expiresAt))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The letter's upload with the token, unless it expired. */
	Optional<StoredImport> find(long letterId, String token, Instant now) {
		return this.jdbc
			.sql("select * from signature_imports where token = :token and letter_id = :letter and expires_at > :now")
			.param("token", token)
			.param("letter", letterId)
			.param("now", Timestamp.from(now))
			.query(SignatureImportRepository::stored)
			.optional();
	}

	/**
	 * Like {@link #find}, waiting for and taking its row lock until the transaction ends.
	 */
	Optional<StoredImport> lock(long letterId, String token, Instant now) {
		return this.jdbc.sql("""
				select * from signature_imports where token = :token and letter_id = :letter and expires_at > :now
				for update
				""")
			.param("token", token)
			.param("letter", letterId)
			.param("now", Timestamp.from(now))
			.query(SignatureImportRepository::stored)
			.optional();
	}

	void saveMapping(long id, String mapping) {
		this.jdbc.sql("update signature_imports set mapping = :mapping where id = :id")
			.param("mapping", mapping)
			.param("id", id)
			.update();
	}

	/** Records that the upload was imported, and forgets its text. */
	void markImported(long id, int count, Instant now) {
		this.jdbc.sql("""
				update signature_imports set imported_count = :count, imported_at = :now, content = null
				where id = :id
				""").param("count", count).param("now", Timestamp.from(now)).param("id", id).update();
	}

	/** Deletes the uploads that expired before the time. */
	int deleteExpired(Instant now) {
		return this.jdbc.sql("delete from signature_imports where expires_at <= :now")
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The mapping remembered for files whose columns have the key. */
	Optional<String> rememberedMapping(String headerKey) {
		return this.jdbc.sql("select mapping from signature_import_mappings where header_key = :key")
			.param("key", headerKey)
			.query(String.class)
			.optional();
	}

	/**
	 * Remembers the mapping for files whose columns have the key, replacing any other.
	 */
	void remember(String headerKey, String mapping, Instant now) {
		this.jdbc.sql("""
				insert into signature_import_mappings (header_key, mapping, created_at, updated_at)
				values (:key, :mapping, :now, :now) on conflict do nothing
				""").param("key", headerKey).param("mapping", mapping).param("now", Timestamp.from(now)).update();
		this.jdbc
			.sql("update signature_import_mappings set mapping = :mapping, updated_at = :now where header_key = :key")
			.param("mapping", mapping)
			.param("now", Timestamp.from(now))
			.param("key", headerKey)
			.update();
	}

	private static StoredImport stored(ResultSet rs, int row) throws SQLException {
		int count = rs.getInt("imported_count");
		Integer imported = rs.wasNull() ? null : count;
		return new StoredImport(rs.getLong("id"), rs.getString("token"), rs.getLong("letter_id"),
				rs.getString("file_name"), rs.getString("content"), rs.getString("delimiter").charAt(0),
				rs.getString("mapping"), imported, instant(rs, "expires_at"));
	}

	/**
	 * An upload as stored.
	 *
	 * @param id its key
	 * @param token what its pages are known by
	 * @param letterId the letter
	 * @param fileName the file's name, or {@code null}
	 * @param content its text, or {@code null} once imported
	 * @param delimiter what separates its cells
	 * @param mapping the mapping staff chose, as {@link ImportMapping#stored}, or
	 * {@code null}
	 * @param importedCount how many signatures it brought once imported, or {@code null}
	 * @param expiresAt when it is forgotten
	 */
	record StoredImport(long id, String token, long letterId, String fileName, String content, char delimiter,
			String mapping, Integer importedCount, Instant expiresAt) {
	}

}
