package org.adelante.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Records who published, changed or deleted what. Entries made by background work (a
 * scheduled publication) are attributed to "system".
 */
@Service
public class AuditLog {

	static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds an entry in the caller's transaction.
	 * @param action what happened, such as {@code post.published}
	 * @param subjectType the kind of thing, such as {@code post}
	 * @param subjectId its key
	 * @param summary a short human-readable description, such as the post's title
	 */
	public void record(String action, String subjectType, Object subjectId, String summary) {
		record(currentActor(), action, subjectType, subjectId, summary);
	}

	/**
	 * Adds an entry for someone who is not signed in, such as a staff member resetting a
	 * password.
	 */
	void record(String actor, String action, String subjectType, Object subjectId, String summary) {
		this.jdbc.sql("""
				insert into audit_log (actor, action, subject_type, subject_id, summary, created_at)
				values (:actor, :action, :type, :id, :summary, :now)
				""")
			.param("actor", truncate(actor, 254))
			.param("action", action)
			.param("type", subjectType)
			.param("id", (subjectId != null) ? String.valueOf(subjectId) : null)
			.param("summary", truncate(summary, 300))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** The newest entries first. */
	public List<Entry> recent(int limit, int offset) {
		return this.jdbc.sql("select * from audit_log order by created_at desc, id desc limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(AuditLog::entry)
			.list();
	}

	public List<Entry> forSubject(String subjectType, Object subjectId) {
		return this.jdbc.sql("""
				select * from audit_log where subject_type = :type and subject_id = :id
				order by created_at desc, id desc
				""").param("type", subjectType).param("id", String.valueOf(subjectId)).query(AuditLog::entry).list();
	}

	private static Entry entry(ResultSet rs, int rowNum) throws SQLException {
		return new Entry(rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("summary"), rs.getTimestamp("created_at").toInstant());
	}

	/**
	 * Who is acting now: the signed-in staff member's email, or "system" for background
	 * work.
	 */
	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	private static String truncate(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

	/**
	 * One audit entry.
	 *
	 * @param actor who did it (an email, or "system")
	 * @param action what was done
	 * @param subjectType the kind of thing
	 * @param subjectId its key
	 * @param summary a short description
	 * @param at when
	 */
	public record Entry(String actor, String action, String subjectType, String subjectId, String summary, Instant at) {
	}

}
