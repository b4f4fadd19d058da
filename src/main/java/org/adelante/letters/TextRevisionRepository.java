package org.adelante.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import static org.adelante.letters.LetterRepository.instant;

/** The texts letters' signers could have read, and how many signed each version. */
@Repository
class TextRevisionRepository {

	private final JdbcClient jdbc;

	TextRevisionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long letterId, TextVersion version, TextChange change, LetterContent content, String actor,
			Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into letter_text_revisions (letter_id, version, text_hash, change, title_en, title_es, text_en,
				  text_es, created_by, created_at)
				values (:letter, :version, :hash, :change, :titleEn, :titleEs, :textEn, :textEs, :actor, :now)
				""")
			.param("letter", letterId)
			.param("version", version.number())
			.param("hash", version.hash())
			.param("change", change.name())
			.param("titleEn", content.titleEn())
			.param("titleEs", content.titleEs())
			.param("textEn", content.textEn())
			.param("textEs", content.textEs())
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Rewrites the letter's newest revision: its text before anybody read it to sign. */
	void rewriteLatest(long letterId, String hash, LetterContent content, String actor, Instant now) {
		this.jdbc.sql("""
				update letter_text_revisions set text_hash = :hash, title_en = :titleEn, title_es = :titleEs,
				  text_en = :textEn, text_es = :textEs, created_by = :actor, created_at = :now
				where id = (select max(id) from letter_text_revisions where letter_id = :letter)
				""")
			.param("hash", hash)
			.param("titleEn", content.titleEn())
			.param("titleEs", content.titleEs())
			.param("textEn", content.textEn())
			.param("textEs", content.textEs())
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.param("letter", letterId)
			.update();
	}

	/** The letter's revisions, the newest first. */
	List<TextRevision> all(long letterId) {
		return this.jdbc.sql("select * from letter_text_revisions where letter_id = :letter order by id desc")
			.param("letter", letterId)
			.query(TextRevisionRepository::revision)
			.list();
	}

	Optional<TextRevision> latest(long letterId) {
		return this.jdbc.sql("""
				select * from letter_text_revisions where letter_id = :letter
				order by id desc fetch first 1 rows only
				""").param("letter", letterId).query(TextRevisionRepository::revision).optional();
	}

	/**
	 * The revision that began the version (a material change, or the first text), once
	 * corrections came after it.
	 */
	Optional<TextRevision> latestOfVersion(long letterId, int version) {
		return this.jdbc.sql("""
				select * from letter_text_revisions where letter_id = :letter and version = :version
				  and change <> 'CORRECTION'
				order by id desc fetch first 1 rows only
				""")
			.param("letter", letterId)
			.param("version", version)
			.query(TextRevisionRepository::revision)
			.optional();
	}

	/** The version of the letter whose text had the hash, if it ever had it. */
	Optional<TextVersion> versionWithHash(long letterId, String hash) {
		return this.jdbc.sql("""
				select version from letter_text_revisions where letter_id = :letter and text_hash = :hash
				order by id desc fetch first 1 rows only
				""")
			.param("letter", letterId)
			.param("hash", hash)
			.query(Integer.class)
			.optional()
			.map((number) -> new TextVersion(number, hash));
	}

	void markNotified(long revisionId, Instant now) {
		this.jdbc.sql("update letter_text_revisions set notified_at = :now where id = :id")
			.param("now", Timestamp.from(now))
			.param("id", revisionId)
			.update();
	}

	/**
	 * How many of the letter's signatures, other than its conveners', stand on each
	 * version: listed, awaiting approval or withdrawn ones alike.
	 */
	Map<Integer, Long> signaturesPerVersion(long letterId) {
		return this.jdbc.sql("""
				select text_version, count(*) as signatures from signatures
				where letter_id = :letter and convener = false and text_version is not null
				group by text_version
				""")
			.param("letter", letterId)
			.query((rs, row) -> Map.entry(rs.getInt("text_version"), rs.getLong("signatures")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Whether anybody but its conveners has asked to sign the letter or signed it: from
	 * then on, its text is a matter of record.
	 */
	boolean anySigned(long letterId) {
		return this.jdbc.sql("""
				select count(*) from signatures where letter_id = :letter and convener = false
				""").param("letter", letterId).query(Long.class).single() > 0 || this.jdbc.sql("""
				select count(*) from signature_requests where letter_id = :letter and state = 'PENDING'
				""").param("letter", letterId).query(Long.class).single() > 0;
	}

	private static TextRevision revision(ResultSet rs, int row) throws SQLException {
		return new TextRevision(rs.getLong("id"), new TextVersion(rs.getInt("version"), rs.getString("text_hash")),
				TextChange.valueOf(rs.getString("change")), rs.getString("title_en"), rs.getString("title_es"),
				rs.getString("text_en"), rs.getString("text_es"), rs.getString("created_by"), instant(rs, "created_at"),
				instant(rs, "notified_at"));
	}

}
